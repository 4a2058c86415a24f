using Judge.Api.Execution;

namespace Judge.Api.Lifetime;

/// <summary>
/// Whether a judgement lets an analysis that asked for <c>earlyPass</c> end now with a pass: it scored at least the
/// pass threshold, and every unmuted metric's interval — held to the judgement's sequential boundary — lies within the
/// metric's allowed change (±10 % where none is set), so the remaining judgements could not show a regression the
/// metric is meant to catch with more than the analysis' error rate.
/// </summary>
public static class EarlyPass
{
    public static bool Holds(StandaloneAnalysis analysis, AnalysisJudgement judgement)
    {
        if (analysis.Request.EarlyPass != true || judgement.Boundary is null || judgement.Result is not { } result)
            return false;
        var thresholds = analysis.Request.Thresholds;
        var pass = thresholds?.Pass ?? thresholds?.Marginal ?? 0;
        if (judgement.Status != ExecutionStatus.Succeeded || !(judgement.Score >= pass))
            return false;
        var metrics = result.JudgeResult.Results.Where(m => !m.Muted).ToList();
        return metrics.Count > 0 && metrics.All(m => m.ResultMetadata?.Evidence?.WithinTolerance == true);
    }

    public static string Message(AnalysisJudgement judgement) =>
        $"Early pass at judgement #{judgement.Number} of {judgement.Boundary!.Looks}: every metric's interval, held to "
        + $"{judgement.Boundary.ConfidenceLevel * 100:0.####} % confidence, lies within its allowed change.";
}
