using Judge.Stats.Results;

namespace Judge.Stats.Scoring;

/// <summary>
/// Kayenta's WeightedSumScorer: per-group pass percentages combined with the configured group weights, with the
/// critical-failure and "50 % Nodata" short-circuits. Muted results are ignored here (they stay in the judge's output).
/// </summary>
public sealed class WeightedSumScorer
{
    /// <summary>Kayenta's fixed share of Nodata metrics at which the canary fails outright.</summary>
    public const double NodataFailurePercent = 50.0;

    private readonly IReadOnlyDictionary<string, double> _groupWeights;

    public WeightedSumScorer(IReadOnlyDictionary<string, double> groupWeights)
    {
        ArgumentNullException.ThrowIfNull(groupWeights);
        foreach (var (group, weight) in groupWeights)
            if (double.IsNaN(weight) || double.IsInfinity(weight))
                throw new ArgumentException($"groupWeights[{group}] must be a finite number, was {weight}", nameof(groupWeights));
        _groupWeights = groupWeights;
    }

    public ScoreSummary Score(IReadOnlyList<CanaryAnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var scored = results.Where(r => !r.Muted).ToList();
        var groups = GroupScores(scored);

        var criticalFailure = scored.FirstOrDefault(r => r.Critical && r.Classification != MetricVerdicts.Pass);
        if (criticalFailure is not null)
            return new ScoreSummary(0.0, "Canary Failed: " + criticalFailure.ClassificationReason, groups);

        // With every metric muted this is 0/0 = NaN, which is not ≥ 50, as in Kayenta.
        var nodataPercent = scored.Count(r => r.Classification == MetricVerdicts.Nodata) / (double)scored.Count * 100;
        if (nodataPercent >= NodataFailurePercent)
            return new ScoreSummary(0.0, "Canary Failed: 50% or more metrics returned NODATA", groups);

        return new ScoreSummary(ScoreRounding.Round(WeightedSum(groups), 2), null, groups);
    }

    private double WeightedSum(IReadOnlyList<GroupScore> groups)
    {
        var unweighted = groups.Count(g => !_groupWeights.ContainsKey(g.Name));
        var sharedWeight = unweighted > 0 ? (100 - _groupWeights.Values.Sum()) / unweighted : 0.0;
        var summary = 0.0;
        foreach (var group in groups)
        {
            var weight = _groupWeights.TryGetValue(group.Name, out var w) ? w : sharedWeight;
            var effective = group.NoData ? 100.0 : group.Score;
            summary += effective * (weight / 100);
        }
        return summary;
    }

    private static List<GroupScore> GroupScores(IEnumerable<CanaryAnalysisResult> results)
    {
        var labelsByGroup = new Dictionary<string, List<string>>();
        var order = new List<string>();
        foreach (var result in results)
            foreach (var group in result.Groups.Distinct())
            {
                if (!labelsByGroup.TryGetValue(group, out var labels))
                {
                    labelsByGroup[group] = labels = [];
                    order.Add(group);
                }
                labels.Add(result.Classification);
            }
        return order.Select(g => GroupScoreOf(g, labelsByGroup[g])).ToList();
    }

    private static GroupScore GroupScoreOf(string name, List<string> labels)
    {
        var pass = labels.Count(l => l == MetricVerdicts.Pass);
        var counted = labels.Count(l => l is MetricVerdicts.Pass or MetricVerdicts.High or MetricVerdicts.Low
            or MetricVerdicts.NodataFailMetric);
        return counted == 0
            ? new GroupScore(name, 0.0, NoData: true)
            : new GroupScore(name, pass / (double)counted * 100, NoData: false);
    }
}
