using Judge.Stats.Configuration;
using Judge.Stats.LocationShift;
using Judge.Stats.Preprocessing;
using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>
/// Classifies one metric as Kayenta's NetflixACAJudge + MannWhitneyClassifier do (oracle README section 3):
/// NaN handling, outliers, no-data / identical / single-value short cuts, the location-shift test against a
/// tolerance band of ±tolerance·|estimate|, effect-size gates and the critical flag — then Judge's absolute bound.
/// </summary>
/// <remarks>
/// An absolute-bound violation wins over the statistical verdict: the metric becomes High (above Max) or Low
/// (below Min), critical when the metric is critical, with the bound named first in the reason and the statistical
/// reason kept after it. The bound is checked whenever the canary has data, including on the no-data, identical,
/// single-value and error paths; without canary data it cannot apply and the statistical verdict stands.
/// </remarks>
internal sealed class MetricClassifier
{
    private readonly IMetricComparison _comparison;
    private readonly double _tolerance;
    private readonly double _confidenceLevel;

    public MetricClassifier(ILocationShiftTest test, DegenerateDataHandling degenerate, double tolerance, double confidenceLevel)
        : this(new RankShiftComparison(test ?? throw new ArgumentNullException(nameof(test)), degenerate), tolerance, confidenceLevel)
    {
    }

    public MetricClassifier(IMetricComparison comparison, double tolerance, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be a finite number ≥ 0");
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "confidence level must be in (0, 1)");
        _comparison = comparison;
        _tolerance = tolerance;
        _confidenceLevel = confidenceLevel;
    }

    public MetricClassification Classify(string name, IReadOnlyList<double> control, IReadOnlyList<double> experiment,
        MetricAnalysisConfig config)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(config);
        var c = SortedSeries.Of(SeriesPreprocessor.Apply(control, config));
        var e = SortedSeries.Of(SeriesPreprocessor.Apply(experiment, config));
        if (_comparison.UsesRanks(config))
        {
            // Ranking sorts: asked for first, the one sort a side also gives every later step its sorted values.
            _ = c.Ranks;
            _ = e.Ranks;
        }
        var statistical = ClassifyPreprocessed(name, c, e, config);
        var violation = AbsoluteBoundCheck.Check(name, config.Bound, e.Values);
        if (violation is null)
            return statistical;
        return statistical with
        {
            Classification = violation.Classification,
            Reason = $"{violation.Reason}; statistical verdict {statistical.Classification}: {statistical.Reason}",
            Critical = config.Critical,
            Metadata = statistical.Metadata ?? new ResultMetadata(EffectSizeMeasures.MeanRatio(c, e)),
            Path = "absolute-bound",
        };
    }

    private MetricClassification ClassifyPreprocessed(string name, SortedSeries c, SortedSeries e, MetricAnalysisConfig config)
    {
        if (c.Length == 0 || e.Length == 0)
            return NoData(name, c, e, config);

        if (SameMultiset(c.Sorted, e.Sorted))
            return new MetricClassification(MetricVerdicts.Pass, ClassificationReasons.Identical(name, c.Length), false,
                new ResultMetadata(1.0), c, e, "identical");

        if (SingleDistinctValue(c, e))
            return new MetricClassification(MetricVerdicts.Pass,
                ClassificationReasons.SingleValue(name, c.Values[0], c.Length, e.Length), false, new ResultMetadata(1.0), c, e,
                "single-value");

        var comparison = _comparison.Compare(c, e, config, _confidenceLevel, _tolerance);
        if (comparison.Failed)
            return new MetricClassification(MetricVerdicts.Error, ClassificationReasons.ClassificationFailed, false, null,
                c, e, "error");
        if (comparison.TooFewPoints is { } tooFew)
            return NodataVerdict(ClassificationReasons.CannotReachConfidence(name, tooFew), c, e, config);

        var decision = Decide(comparison, config);
        var evidence = comparison.Evidence;
        var metadata = new ResultMetadata(
            Ratio: decision.MeanRatio,
            PValue: decision.PValue,
            CiLower: Finite(decision.CiLower),
            CiUpper: Finite(decision.CiUpper),
            Estimate: decision.Estimate,
            EffectSizeMeasure: EffectSizeMeasures.NameOf(decision.Thresholds.Measure),
            EffectSize: Finite(decision.Effect),
            LowerBound: decision.LowerBound,
            UpperBound: decision.UpperBound,
            Regime: comparison.Shift!.Regime);
        if (evidence is not null)
            metadata = EvidenceMetadata.Add(metadata, evidence, config, _confidenceLevel);
        return new MetricClassification(decision.Classification, ClassificationReasons.Shift(name, decision),
            decision.Critical, metadata, c, e, "mann-whitney");
    }

    // JSON has no infinities: an unbounded end of an interval (a count interval when a side saw no event) is absent.
    private static double? Finite(double value) => double.IsInfinity(value) ? null : value;

    private ShiftDecision Decide(MetricComparison comparison, MetricAnalysisConfig config)
    {
        var shift = comparison.Shift!;
        var (control, experiment) = (comparison.Control, comparison.Experiment);
        // A rate ratio is gated by allowedIncrease/allowedDecrease alone: its interval need only exclude a ratio of 1.
        var tolerance = comparison.Evidence?.Kind == MetricKind.Count ? 0 : _tolerance;
        var criticalValue = tolerance * Math.Abs(shift.Estimate);
        var lowerBound = -1 * criticalValue;
        var upperBound = criticalValue;

        var thresholds = config.EffectSize;
        var meanRatio = EffectSizeMeasures.MeanRatio(control, experiment);
        var effect = thresholds.Measure == EffectSizeMeasure.Cles
            ? EffectSizeMeasures.Compute(EffectSizeMeasure.Cles, control, experiment)
            : comparison.Evidence?.RateRatio?.Ratio ?? meanRatio;
        // Where the data cannot reach the confidence level no interval at that level exists: nothing can be shown.
        var conclusive = comparison.Evidence?.ConfidenceReachable ?? true;

        var watchIncrease = config.Direction is Direction.Increase or Direction.Either;
        var watchDecrease = config.Direction is Direction.Decrease or Direction.Either;
        var above = conclusive && shift.CiLower > upperBound;
        var below = conclusive && shift.CiUpper < lowerBound;

        var high = watchIncrease && above && (double.IsNaN(effect) || effect >= thresholds.AllowedIncrease);
        var low = !high && watchDecrease && below && (double.IsNaN(effect) || effect <= thresholds.AllowedDecrease);
        var classification = high ? MetricVerdicts.High : low ? MetricVerdicts.Low : MetricVerdicts.Pass;

        var critical = config.Critical
            && ((high && (double.IsNaN(effect) || effect >= thresholds.CriticalIncrease))
                || (low && (double.IsNaN(effect) || effect <= thresholds.CriticalDecrease)));

        return new ShiftDecision(classification, critical, above, below, shift.PValue, shift.CiLower, shift.CiUpper,
            shift.Estimate, lowerBound, upperBound, config.Direction, thresholds, effect, meanRatio, _confidenceLevel,
            BaselineLocation.Of(comparison.Control), comparison.Evidence);
    }

    private static MetricClassification NoData(string name, SortedSeries c, SortedSeries e, MetricAnalysisConfig config)
    {
        if (config.NanStrategy == NanStrategy.Replace)
            return new MetricClassification(MetricVerdicts.Pass, ClassificationReasons.EmptyReplaced(name, c.Length, e.Length),
                false, new ResultMetadata(1.0), c, e, "nodata-replace");
        return NodataVerdict(ClassificationReasons.MissingData(name, c.Length, e.Length, config.MustHaveData), c, e, config);
    }

    private static MetricClassification NodataVerdict(string reason, SortedSeries c, SortedSeries e, MetricAnalysisConfig config) =>
        config.MustHaveData && !config.Critical
            ? new MetricClassification(MetricVerdicts.NodataFailMetric, reason, false, new ResultMetadata(1.0), c, e, "nodata")
            : new MetricClassification(MetricVerdicts.Nodata, reason, config.Critical, new ResultMetadata(1.0), c, e, "nodata");

    private static bool SameMultiset(double[] sortedC, double[] sortedE)
    {
        if (sortedC.Length != sortedE.Length)
            return false;
        for (var i = 0; i < sortedC.Length; i++)
            if (sortedC[i] != sortedE[i])
                return false;
        return true;
    }

    // Every value equals the baseline's first: both sides' smallest and largest do.
    private static bool SingleDistinctValue(SortedSeries c, SortedSeries e)
    {
        var first = c.Values[0];
        return c.Sorted[0] == first && c.Sorted[^1] == first && e.Sorted[0] == first && e.Sorted[^1] == first;
    }
}
