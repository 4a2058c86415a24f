using Judge.Stats.Descriptive;
using Judge.Stats.Results;
using Judge.Stats.Scoring;

namespace Judge.Stats.Judging;

/// <summary>The judge run shared by both judges: classify every metric, then score the unmuted ones.</summary>
internal sealed class CanaryJudgePipeline
{
    private readonly string _judgeName;
    private readonly MetricClassifier _classifier;

    public CanaryJudgePipeline(string judgeName, MetricClassifier classifier)
    {
        _judgeName = judgeName;
        _classifier = classifier;
    }

    public CanaryJudgeResult Judge(CanaryJudgeInput input)
    {
        Validate(input);
        var results = input.Metrics.Select(Analyze).ToList();
        var summary = new WeightedSumScorer(input.GroupWeights).Score(results);
        var score = ThresholdScoreClassifier.Classify(summary, input.Thresholds);
        return new CanaryJudgeResult(_judgeName, score, summary.GroupScores.Select(g => g.ToResult()).ToList(), results);
    }

    private CanaryAnalysisResult Analyze(MetricPairInput metric)
    {
        var outcome = _classifier.Classify(metric.Name, metric.Control, metric.Experiment, metric.Analysis);
        return new CanaryAnalysisResult(
            metric.Id,
            metric.Name,
            metric.Tags,
            metric.Groups,
            outcome.Classification,
            outcome.Reason,
            outcome.Critical,
            metric.Analysis.Muted,
            new MetricSideMetadata(Summary(outcome.Control)),
            new MetricSideMetadata(Summary(outcome.Experiment)),
            outcome.Metadata);
    }

    private static DescriptiveStats Summary(SortedSeries series) => SeriesSummary.OfSorted(series.Values, series.Sorted, series.Mean);

    private static void Validate(CanaryJudgeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Metrics is null)
            throw new ArgumentException("metrics must be present", nameof(input));
        if (input.GroupWeights is null)
            throw new ArgumentException("groupWeights must be present (empty for none)", nameof(input));
        if (input.Thresholds is null)
            throw new ArgumentException("thresholds must be present", nameof(input));
        if (double.IsNaN(input.Thresholds.Pass) || double.IsNaN(input.Thresholds.Marginal))
            throw new ArgumentException("thresholds.pass and thresholds.marginal must be numbers", nameof(input));
        for (var i = 0; i < input.Metrics.Count; i++)
        {
            var m = input.Metrics[i];
            if (m is null)
                throw new ArgumentException($"metrics[{i}] must not be null", nameof(input));
            if (m.Name is null)
                throw new ArgumentException($"metrics[{i}].name must be present", nameof(input));
            if (m.Control is null)
                throw new ArgumentException($"metrics[{i}].control ({m.Name}) must be present", nameof(input));
            if (m.Experiment is null)
                throw new ArgumentException($"metrics[{i}].experiment ({m.Name}) must be present", nameof(input));
            if (m.Analysis is null)
                throw new ArgumentException($"metrics[{i}].analysis ({m.Name}) must be present", nameof(input));
            if (m.Groups is null)
                throw new ArgumentException($"metrics[{i}].groups ({m.Name}) must be present", nameof(input));
            if (m.Analysis.EffectSize is null || m.Analysis.Outliers is null)
                throw new ArgumentException($"metrics[{i}].analysis ({m.Name}): effectSize and outliers must be present", nameof(input));
        }
    }
}
