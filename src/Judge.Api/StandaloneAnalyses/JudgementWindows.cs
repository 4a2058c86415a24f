using Judge.Api.Model;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// The canary execution request of one judgement: every scope of the analysis over the judgement's window, with the
/// first scope's step, and each control window moved back by its scope's controlOffsetInMinutes.
/// </summary>
/// <remarks>
/// Kayenta's code moves only the control's start back (its documentation says start and end); Judge moves the whole
/// control window, so control and experiment span the same length of time.
/// </remarks>
public static class JudgementWindows
{
    public static (DateTimeOffset Start, DateTimeOffset End) Experiment(AnalysisJudgement judgement) =>
        (DateTimeOffset.FromUnixTimeMilliseconds(judgement.WindowStartMillis), DateTimeOffset.FromUnixTimeMilliseconds(judgement.WindowEndMillis));

    public static (DateTimeOffset Start, DateTimeOffset End) Control(AnalysisJudgement judgement, StandaloneAnalysisScope scope)
    {
        var (start, end) = Experiment(judgement);
        var offset = TimeSpan.FromMinutes(scope.ControlOffsetInMinutes);
        return (start - offset, end - offset);
    }

    public static CanaryExecutionRequest RequestFor(StandaloneAnalysis analysis, AnalysisJudgement judgement)
    {
        var request = analysis.Request;
        var step = request.Scopes![0]!.Step;
        var (start, end) = Experiment(judgement);
        var scopes = new Dictionary<string, CanaryScopePair>(StringComparer.Ordinal);
        foreach (var scope in request.Scopes!.OfType<StandaloneAnalysisScope>())
        {
            var (controlStart, controlEnd) = Control(judgement, scope);
            var parameters = scope.ExtendedScopeParams ?? new Dictionary<string, string>();
            scopes[scope.ScopeName ?? "default"] = new CanaryScopePair
            {
                ControlScope = new CanaryScope
                {
                    Scope = scope.ControlScope, Location = scope.ControlLocation,
                    Start = controlStart, End = controlEnd, Step = step, ExtendedScopeParams = parameters,
                },
                ExperimentScope = new CanaryScope
                {
                    Scope = scope.ExperimentScope, Location = scope.ExperimentLocation,
                    Start = start, End = end, Step = step, ExtendedScopeParams = parameters,
                },
            };
        }
        return new CanaryExecutionRequest { Scopes = scopes, Thresholds = request.Thresholds, SiteLocal = request.SiteLocal };
    }
}
