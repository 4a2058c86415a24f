using Judge.Api.Execution;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// Whether a judgement lets an analysis that asked for <c>earlyPass</c> end now with a pass: it scored at least the
/// pass threshold, and every unmuted metric's interval — held to the judgement's early-pass boundary — lies within the
/// metric's allowed change (±10 % where none is set).
/// </summary>
public static class EarlyPass
{
    public static bool Holds(StandaloneAnalysis analysis, AnalysisJudgement judgement)
    {
        if (analysis.Request.EarlyPass != true || judgement.EarlyPassBoundary is null || judgement.ToleranceCheck is not { } check)
            return false;
        return judgement.Status == ExecutionStatus.Succeeded && judgement.Score >= analysis.Request.PassScore() && check.AllWithinTolerance;
    }

    public static string Message(AnalysisJudgement judgement) =>
        $"Early pass at judgement #{judgement.Number} of {judgement.EarlyPassBoundary!.Looks}: every metric's interval, held to "
        + $"{judgement.ToleranceCheck!.ConfidenceLevel * 100:0.####} % confidence, lies within its allowed change.";
}
