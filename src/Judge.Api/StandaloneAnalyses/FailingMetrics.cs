using Judge.Api.Execution;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// The metrics that failed a sequential analysis' judgement, named for the analysis' exception: which metric crossed
/// its boundary, in which direction, and what the boundary was.
/// </summary>
public static class FailingMetrics
{
    /// <summary>A line such as "Failing metrics at judgement #2, held to 99.69 %: latency (High, critical)"; null when
    /// the judgement had no boundary (Kayenta's rule, whose message stays Kayenta's) or no metric failed.</summary>
    public static string? Describe(AnalysisJudgement judgement)
    {
        if (judgement.Boundary is not { } boundary || judgement.Result is not { } result)
            return null;
        var failing = result.JudgeResult.Results
            .Where(m => !m.Muted && m.Classification is not "Pass")
            .Select(m => $"{m.Name} ({m.Classification}{(m.Critical ? ", critical" : "")})")
            .ToList();
        return failing.Count == 0
            ? null
            : $"Failing metrics at judgement #{judgement.Number}, held to {Judge.Stats.Judging.ConfidenceText.Percent(boundary.ConfidenceLevel)}: {string.Join(", ", failing)}";
    }
}
