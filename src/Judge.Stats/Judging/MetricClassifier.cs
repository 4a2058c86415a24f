using Judge.Stats.LocationShift;
using Judge.Stats.Preprocessing;

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
    private readonly ILocationShiftTest _test;
    private readonly DegenerateDataHandling _degenerate;
    private readonly double _tolerance;
    private readonly double _confidenceLevel;

    public MetricClassifier(ILocationShiftTest test, DegenerateDataHandling degenerate, double tolerance, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be a finite number ≥ 0");
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "confidence level must be in (0, 1)");
        _test = test;
        _degenerate = degenerate;
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
        var c = SeriesPreprocessor.Apply(control, config);
        var e = SeriesPreprocessor.Apply(experiment, config);
        var statistical = ClassifyPreprocessed(name, c, e, config);
        var violation = AbsoluteBoundCheck.Check(name, config.Bound, e);
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

    private MetricClassification ClassifyPreprocessed(string name, double[] c, double[] e, MetricAnalysisConfig config)
    {
        if (c.Length == 0 || e.Length == 0)
            return NoData(name, c, e, config);

        if (SameMultiset(c, e))
            return new MetricClassification(MetricVerdicts.Pass, ClassificationReasons.Identical(name, c.Length), false,
                new ResultMetadata(1.0), c, e, "identical");

        if (SingleDistinctValue(c, e))
            return new MetricClassification(MetricVerdicts.Pass,
                ClassificationReasons.SingleValue(name, c[0], c.Length, e.Length), false, new ResultMetadata(1.0), c, e,
                "single-value");

        var (testControl, testExperiment) = _degenerate == DegenerateDataHandling.SeededNoise && DegenerateDataNoise.IsDegenerate(c, e)
            ? DegenerateDataNoise.Apply(c, e)
            : (c, e);

        LocationShiftResult shift;
        try
        {
            shift = _test.Compare(testExperiment, testControl, _confidenceLevel);
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException)
        {
            return new MetricClassification(MetricVerdicts.Error, ClassificationReasons.ClassificationFailed, false, null,
                c, e, "error");
        }

        var decision = Decide(shift, testControl, testExperiment, config);
        var metadata = new ResultMetadata(
            Ratio: decision.MeanRatio,
            PValue: shift.PValue,
            CiLower: shift.CiLower,
            CiUpper: shift.CiUpper,
            Estimate: shift.Estimate,
            EffectSizeMeasure: EffectSizeMeasures.NameOf(decision.Thresholds.Measure),
            EffectSize: decision.Effect,
            LowerBound: decision.LowerBound,
            UpperBound: decision.UpperBound,
            Regime: shift.Regime);
        return new MetricClassification(decision.Classification, ClassificationReasons.Shift(name, decision),
            decision.Critical, metadata, c, e, "mann-whitney");
    }

    private ShiftDecision Decide(LocationShiftResult shift, double[] control, double[] experiment, MetricAnalysisConfig config)
    {
        var criticalValue = _tolerance * Math.Abs(shift.Estimate);
        var lowerBound = -1 * criticalValue;
        var upperBound = criticalValue;

        var thresholds = config.EffectSize;
        var meanRatio = EffectSizeMeasures.MeanRatio(control, experiment);
        var effect = thresholds.Measure == EffectSizeMeasure.Cles
            ? EffectSizeMeasures.Compute(EffectSizeMeasure.Cles, control, experiment)
            : meanRatio;

        var watchIncrease = config.Direction is Direction.Increase or Direction.Either;
        var watchDecrease = config.Direction is Direction.Decrease or Direction.Either;
        var above = shift.CiLower > upperBound;
        var below = shift.CiUpper < lowerBound;

        var high = watchIncrease && above && (double.IsNaN(effect) || effect >= thresholds.AllowedIncrease);
        var low = !high && watchDecrease && below && (double.IsNaN(effect) || effect <= thresholds.AllowedDecrease);
        var classification = high ? MetricVerdicts.High : low ? MetricVerdicts.Low : MetricVerdicts.Pass;

        var critical = config.Critical
            && ((high && (double.IsNaN(effect) || effect >= thresholds.CriticalIncrease))
                || (low && (double.IsNaN(effect) || effect <= thresholds.CriticalDecrease)));

        return new ShiftDecision(classification, critical, above, below, shift.PValue, shift.CiLower, shift.CiUpper,
            shift.Estimate, lowerBound, upperBound, config.Direction, thresholds, effect, meanRatio, _confidenceLevel);
    }

    private static MetricClassification NoData(string name, double[] c, double[] e, MetricAnalysisConfig config)
    {
        if (config.NanStrategy == NanStrategy.Replace)
            return new MetricClassification(MetricVerdicts.Pass, ClassificationReasons.EmptyReplaced(name, c.Length, e.Length),
                false, new ResultMetadata(1.0), c, e, "nodata-replace");
        var reason = ClassificationReasons.MissingData(name, c.Length, e.Length, config.MustHaveData);
        return config.MustHaveData && !config.Critical
            ? new MetricClassification(MetricVerdicts.NodataFailMetric, reason, false, new ResultMetadata(1.0), c, e, "nodata")
            : new MetricClassification(MetricVerdicts.Nodata, reason, config.Critical, new ResultMetadata(1.0), c, e, "nodata");
    }

    private static bool SameMultiset(double[] c, double[] e)
    {
        if (c.Length != e.Length)
            return false;
        var sc = (double[])c.Clone();
        var se = (double[])e.Clone();
        Array.Sort(sc);
        Array.Sort(se);
        for (var i = 0; i < sc.Length; i++)
            if (sc[i] != se[i])
                return false;
        return true;
    }

    private static bool SingleDistinctValue(double[] c, double[] e)
    {
        var first = c[0];
        return c.All(v => v == first) && e.All(v => v == first);
    }
}
