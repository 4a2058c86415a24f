using Judge.Stats.Configuration;
using Judge.Stats.Dependence;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// ExactACAJudge-v2's reason for each branch, written out by hand from the reason's format (shift as a share of the
/// baseline, G2 p-values, G4 numbers, "0.#" effective points, "0.##" event totals, the rate ratio to 3 decimals)
/// for decisions constructed here, so every word and number a person reads is pinned.
/// </summary>
public class EvidenceReasonTextTests
{
    private static readonly EffectSizeConfig Neutral = EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio);
    private static readonly EffectSizeConfig Gated = new(EffectSizeMeasure.MeanRatio, 1.2, 0.8, 1.5, 0.5);

    // Baseline median 10; shift −2 (−20 %), 98 % CI −3 … −1, tolerance 0.5 (5 %), canary mean 19 % lower;
    // effective points 40/3 = 13.3 and 25/2 = 12.5.
    private static ShiftDecision Continuous(string classification, bool above = false, bool below = false,
        Direction direction = Direction.Either, EffectSizeConfig? thresholds = null, double level = 0.98,
        bool reachable = true, double detectable = 0.08, bool critical = false, double effect = 0.9) =>
        new(classification, critical, above, below, PValue: 0.001, CiLower: -3, CiUpper: -1, Estimate: -2,
            LowerBound: -0.5, UpperBound: 0.5, direction, thresholds ?? Neutral, effect, MeanRatio: 0.81,
            ConfidenceLevel: level, new BaselineLocation(10, "median"),
            new MetricEvidence(MetricKind.Continuous, new SeriesDependence(40, 3.0, 0.5), new SeriesDependence(25, 2.0, 0.4),
                VarianceInflation: 2.0, DetectableEffect: detectable, ConfidenceReachable: reachable,
                RelativeLower: -0.3, RelativeUpper: -0.1));

    private const string ContinuousChange =
        "shift -2 = -20 % of the baseline median 10, 98 % CI -30 % … -10 %, p = 0.001, tolerance ±5 %; canary mean -19.0 % vs baseline";
    private const string ContinuousSeen = "detectable change ±8 %, effective points 13.3 baseline, 12.5 canary";

    // 24.1234 canary vs 12 baseline events (dispersed counts need not be whole), rate ratio 2, CI 0.891 … 4.79, dispersion 1.5.
    private static ShiftDecision Count(string classification, bool above = false, bool below = false,
        Direction direction = Direction.Either, EffectSizeConfig? thresholds = null, bool reachable = true,
        double detectable = 0.5, double upper = 4.79, double controlTotal = 12, bool critical = false) =>
        new(classification, critical, above, below, PValue: 0.047, CiLower: -0.1, CiUpper: 1.6, Estimate: 0.7,
            LowerBound: -0.1, UpperBound: 0.1, direction, thresholds ?? Neutral, Effect: 1.1, MeanRatio: 2.0,
            ConfidenceLevel: 0.98, new BaselineLocation(4, "median"),
            new MetricEvidence(MetricKind.Count, SeriesDependence.Independent(3), SeriesDependence.Independent(3),
                VarianceInflation: 1.5, DetectableEffect: detectable, ConfidenceReachable: reachable,
                RelativeLower: -0.1, RelativeUpper: 3.79, new RateRatioEvidence(2.0, 0.891, upper, controlTotal, 24.1234)));

    private const string CountChange = "24.12 canary vs 12 baseline events, rate ratio 2, 98 % CI 0.891 … 4.79, p = 0.047";

    private static string Reason(ShiftDecision d) => ClassificationReasons.Shift("m", d);

    [Fact]
    public void AFailedContinuousMetricSaysWhichWayWithItsShiftMeanAndEffectivePoints()
    {
        Assert.Equal($"m: canary lower ({ContinuousChange}; {ContinuousSeen})", Reason(Continuous(MetricVerdicts.Low, below: true)));
        Assert.Equal($"m: canary higher ({ContinuousChange}; {ContinuousSeen}) — critical",
            Reason(Continuous(MetricVerdicts.High, above: true, critical: true)));
        Assert.Equal($"m: canary lower ({ContinuousChange}; {ContinuousSeen}) — critical",
            Reason(Continuous(MetricVerdicts.Low, below: true, critical: true)));
    }

    [Fact]
    public void AFailedCountMetricIsWrittenAsARateRatioWithItsDispersion()
    {
        Assert.Equal($"m: canary higher ({CountChange}; detectable change ±50 %, dispersion 1.5)", Reason(Count(MetricVerdicts.High, above: true)));
        Assert.Equal("m: canary higher (24.12 canary vs 0 baseline events, rate ratio 2, 98 % CI 0.891 … ∞, p = 0.047; "
            + "detectable change ±50 %, dispersion 1.5)",
            Reason(Count(MetricVerdicts.High, above: true, upper: double.PositiveInfinity, controlTotal: 0)));
    }

    [Fact]
    public void AShiftInADirectionThatIsNotJudgedSaysSo()
    {
        Assert.Equal($"m: canary higher, but only decreases are judged ({ContinuousChange}; {ContinuousSeen})",
            Reason(Continuous(MetricVerdicts.Pass, above: true, direction: Direction.Decrease)));
        Assert.Equal($"m: canary lower, but only increases are judged ({ContinuousChange}; {ContinuousSeen})",
            Reason(Continuous(MetricVerdicts.Pass, below: true, direction: Direction.Increase)));
    }

    [Fact]
    public void AShiftWithinTheEffectGateNamesTheGateAndTheAllowedChange()
    {
        Assert.Equal("m: canary lower, but mean ratio 0.9 (-10 %) is within the allowed decrease "
            + $"({ContinuousChange}; allowed up to +20 %, allowed down to -20 %; {ContinuousSeen})",
            Reason(Continuous(MetricVerdicts.Pass, below: true, thresholds: Gated)));
        Assert.Equal("m: canary lower, but mean ratio 0.9 (-10 %) is within the allowed decrease "
            + $"({ContinuousChange}; allowed down to -20 %; {ContinuousSeen})",
            Reason(Continuous(MetricVerdicts.Pass, below: true, direction: Direction.Decrease, thresholds: Gated)));
        Assert.Equal("m: canary higher, but mean ratio 1.1 (+10 %) is within the allowed increase "
            + $"({ContinuousChange}; allowed up to +20 %; {ContinuousSeen})",
            Reason(Continuous(MetricVerdicts.Pass, above: true, direction: Direction.Increase, thresholds: Gated, effect: 1.1)));
        Assert.Equal("m: canary higher, but rate ratio 1.1 (+10 %) is within the allowed increase "
            + $"({CountChange}; allowed up to +20 %; detectable change ±50 %, dispersion 1.5)",
            Reason(Count(MetricVerdicts.Pass, above: true, thresholds: new EffectSizeConfig(EffectSizeMeasure.MeanRatio, 1.2, 1.0, 1.5, 0.5))));
        Assert.Equal("m: canary lower, but cles 0.4 is within the allowed decrease "
            + $"({CountChange}; allowed down to cles 0.3; detectable change ±50 %, dispersion 1.5)",
            Reason(Count(MetricVerdicts.Pass, below: true, thresholds: new EffectSizeConfig(EffectSizeMeasure.Cles, 0.5, 0.3, 0.5, 0.2)) with { Effect = 0.4 }));
    }

    [Fact]
    public void NoShiftSaysNoSignificantChangeAndNothingDetectableWhenNothingCouldBe()
    {
        Assert.Equal($"m: no significant change ({ContinuousChange}; {ContinuousSeen})", Reason(Continuous(MetricVerdicts.Pass)));
        Assert.Equal($"m: no significant change ({CountChange}; no change detectable, dispersion 1.5)",
            Reason(Count(MetricVerdicts.Pass, detectable: double.PositiveInfinity)));
    }

    [Fact]
    public void UnreachableConfidenceSaysWhyForCountsForAutocorrelationAndForAnEarlyLook()
    {
        Assert.Equal($"m: no verdict possible, low evidence: too few events to reach 98 % confidence ({CountChange}; detectable change ±50 %, dispersion 1.5)",
            Reason(Count(MetricVerdicts.Pass, reachable: false)));
        Assert.Equal("m: no verdict possible, low evidence: the series are so autocorrelated that their effective points cannot reach "
            + $"98 % confidence ({ContinuousChange}; {ContinuousSeen})",
            Reason(Continuous(MetricVerdicts.Pass, reachable: false)));
        Assert.Equal("m: no verdict possible, low evidence: the effective points cannot yet reach this look's 99.5 % confidence "
            + $"({ContinuousChange.Replace("98 % CI", "99.5 % CI")}; {ContinuousSeen})",
            Reason(Continuous(MetricVerdicts.Pass, reachable: false, level: 0.995)));
        // A failed verdict is reported as such even where the flag says the level was out of reach.
        Assert.StartsWith("m: canary higher (", Reason(Count(MetricVerdicts.High, above: true, reachable: false)));
    }
}
