using Judge.Api.Model;
using Judge.MetricSources;

namespace Judge.Api.Execution;

public static class CanaryDuration
{
    /// <summary>"PT1H" when every control and experiment scope spans the same time, else null (as Kayenta).</summary>
    public static string? Of(CanaryExecutionRequest request)
    {
        var spans = (request.Scopes ?? new Dictionary<string, CanaryScopePair>()).Values
            .SelectMany(pair => new[] { pair.ControlScope, pair.ExperimentScope })
            .Select(scope => scope?.End - scope?.Start)
            .Distinct()
            .ToList();
        return spans is [{ } span] ? IsoDuration.Format(span) : null;
    }
}
