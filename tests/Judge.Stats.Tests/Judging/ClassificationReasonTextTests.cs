using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// The reasons of the judges without evidence (ExactACAJudge, Netflix) and the phrases every judge shares, written out
/// by hand from their format for decisions constructed here.
/// </summary>
public class ClassificationReasonTextTests
{
    private static readonly EffectSizeConfig Gated = new(EffectSizeMeasure.MeanRatio, 1.2, 0.8, 1.5, 0.5);

    // Baseline median 10; shift −2 (−20 %), 98 % CI −3 … −1, tolerance 0.5 (5 %), canary mean 19 % lower.
    private static ShiftDecision Decision(string classification, bool above = false, bool below = false,
        Direction direction = Direction.Either, EffectSizeConfig? thresholds = null, bool critical = false) =>
        new(classification, critical, above, below, PValue: 0.001, CiLower: -3, CiUpper: -1, Estimate: -2,
            LowerBound: -0.5, UpperBound: 0.5, direction, thresholds ?? EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio),
            Effect: 0.9, MeanRatio: 0.81, ConfidenceLevel: 0.98, new BaselineLocation(10, "median"));

    private const string Change =
        "shift -2 = -20 % of the baseline median 10, 98 % CI -30 % … -10 %, p = 0.001, tolerance ±5 %; canary mean -19.0 % vs baseline";

    private static string Reason(ShiftDecision d) => ClassificationReasons.Shift("m", d);

    [Fact]
    public void EachBranchOfTheShiftReason()
    {
        Assert.Equal($"m: canary lower ({Change})", Reason(Decision(MetricVerdicts.Low, below: true)));
        Assert.Equal($"m: canary lower ({Change}) — critical", Reason(Decision(MetricVerdicts.Low, below: true, critical: true)));
        Assert.Equal($"m: canary higher ({Change}) — critical", Reason(Decision(MetricVerdicts.High, above: true, critical: true)));
        Assert.Equal($"m: canary higher beyond the tolerance, but only decreases are judged ({Change})",
            Reason(Decision(MetricVerdicts.Pass, above: true, direction: Direction.Decrease)));
        Assert.Equal($"m: canary lower beyond the tolerance, but only increases are judged ({Change})",
            Reason(Decision(MetricVerdicts.Pass, below: true, direction: Direction.Increase)));
        Assert.Equal($"m: canary higher beyond the tolerance, but mean ratio 0.9 (-10 %) is within the allowed increase ({Change}; allowed up to +20 %)",
            Reason(Decision(MetricVerdicts.Pass, above: true, direction: Direction.Increase, thresholds: Gated)));
        Assert.Equal($"m: canary lower beyond the tolerance, but mean ratio 0.9 (-10 %) is within the allowed decrease ({Change}; allowed down to -20 %)",
            Reason(Decision(MetricVerdicts.Pass, below: true, direction: Direction.Decrease, thresholds: Gated)));
        Assert.Equal($"m: no significant shift ({Change}; allowed up to +20 %, allowed down to -20 %)",
            Reason(Decision(MetricVerdicts.Pass, thresholds: Gated)));
    }

    [Fact]
    public void ThePhrasesForMissingTooFewAndUnreachable()
    {
        Assert.Equal("Missing data for m: baseline has 0 and canary 3 usable points", ClassificationReasons.MissingData("m", 0, 3, false));
        Assert.Equal("Missing data for m: baseline has 2 and canary 0 usable points (the metric must have data)",
            ClassificationReasons.MissingData("m", 2, 0, true));
        Assert.Equal("No data for m (baseline 0, canary 4 points); nanStrategy replace passes an empty series",
            ClassificationReasons.EmptyReplaced("m", 0, 4));
        Assert.Equal("2 baseline and 3 canary points cannot reach 98 % confidence however far apart they are",
            ClassificationReasons.TooFewPoints(2, 3, 0.98));
        Assert.Equal("a count metric needs at least 2 steps a side to estimate its dispersion (baseline has 1, canary 5)",
            ClassificationReasons.TooFewSteps(1, 5, 2));
        Assert.Equal("No verdict for m: because", ClassificationReasons.CannotReachConfidence("m", "because"));
        Assert.Equal("m: the canary and baseline data are identical (7 points each)", ClassificationReasons.Identical("m", 7));
        Assert.Equal("m: all 9 points of both series equal 0.1235", ClassificationReasons.SingleValue("m", 0.123456, 4, 5));
    }
}
