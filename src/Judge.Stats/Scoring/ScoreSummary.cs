using Judge.Stats.Results;

namespace Judge.Stats.Scoring;

/// <param name="Summary">The summary score rounded to 2 decimals (0 after a short-circuit).</param>
/// <param name="FailureReason">"Canary Failed: …" after a short-circuit, else null.</param>
/// <param name="GroupScores">One per group present in the scored results, in order of first appearance.</param>
public sealed record ScoreSummary(double Summary, string? FailureReason, IReadOnlyList<GroupScore> GroupScores);

/// <param name="NoData">No Pass/High/Low/NodataFailMetric result in the group: reported as 0, counted as 100.</param>
public sealed record GroupScore(string Name, double Score, bool NoData)
{
    public CanaryJudgeGroupScore ToResult() => new(Name, Score, "", "");
}
