using Judge.Stats.Configuration;
using Judge.Stats.Dependence;
using Judge.Stats.Distributions;
using Judge.Stats.Judging;
using Judge.Stats.Power;
using Judge.Stats.Preprocessing;
using Judge.Stats.Results;
using Judge.Stats.Tests.Dependence;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// ExactACAJudge-v2 with one side constant: a canary drifting far above an all-zero baseline (the walkthrough's error
/// ratio) is High, not "no verdict"; the mirror is Low; the rank test keeps every case where the varying side touches
/// or crosses the constant, and both-constant cases are as before.
/// </summary>
public class ConstantSideTests
{
    private static readonly MetricClassifier V2 = ExactAcaJudgeV2.CreateClassifier();
    private static readonly MetricAnalysisConfig IncreaseCritical = new() { Direction = Direction.Increase, Critical = true };
    private static readonly MetricAnalysisConfig Decrease = new() { Direction = Direction.Decrease };

    // Error ratio 0.3 with a slow drift: AR(1) φ 0.97, sd 0.03 (0.18–0.42 over these seeds: always above 0).
    private static double[] DriftingErrorRatio(int seed, int n) =>
        SimulatedSeries.Ar1(new Random(seed), n, 0.97).Select(z => 0.3 + 0.03 * z).ToArray();

    [Theory]
    [InlineData(60)]
    [InlineData(120)]
    public void ADriftingCanaryFarAboveAnAllZeroBaselineIsCriticalHighForEverySeed(int n)
    {
        // Before the fix the rank test's inflation (the canary's drift) left about half of these "no verdict".
        for (var seed = 1; seed <= 20; seed++)
        {
            var result = V2.Classify("error_ratio", new double[n], DriftingErrorRatio(seed, n), IncreaseCritical);
            Assert.True((result.Classification, result.Critical) == (MetricVerdicts.High, true), $"seed {seed}: {result.Reason}");
            Assert.Equal(ConstantSideComparison.Regime, result.Metadata!.Regime);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.02)]
    [InlineData(0.04)]
    public void TheWalkthroughsErrorRatioIsHighWithOrWithoutADrift(double drift)
    {
        // error_ratio of the walkthrough's failing canary as Prometheus served it (one run, 1 s steps), plus a linear
        // drift of ±drift across the window; its baseline answered every request. ±0.04 was "no verdict" before.
        double[] served =
        [
            0.2778, 0.2973, 0.3, 0.3, 0.303, 0.3, 0.2857, 0.3056, 0.3214, 0.3, 0.3125, 0.2903, 0.2821, 0.2821, 0.2821, 0.3,
            0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3171, 0.3,
        ];
        var canary = served.Select((v, t) => v + drift * (2.0 * t / (served.Length - 1) - 1)).ToArray();
        var result = V2.Classify("error_ratio", new double[served.Length], canary, IncreaseCritical);
        Assert.True((result.Classification, result.Critical) == (MetricVerdicts.High, true), result.Reason);
    }

    [Fact]
    public void TheMirrorAConstantCanaryFarBelowADriftingBaselineIsLow()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var result = V2.Classify("m", DriftingErrorRatio(seed, 60), new double[60], Decrease);
            Assert.True(result.Classification == MetricVerdicts.Low, $"seed {seed}: {result.Reason}");
            Assert.True(result.Metadata!.CiUpper < 0, result.Reason);
        }
    }

    [Fact]
    public void TheConstantSideKeepsItsOwnPointsAndTheDriftStaysTheCanarys()
    {
        var canary = DriftingErrorRatio(3, 60);
        var evidence = V2.Classify("m", new double[60], canary, IncreaseCritical).Metadata!.Evidence!;
        Assert.Equal((60.0, 1.0), (evidence.ControlEffectiveSize, evidence.ControlInflation));
        var own = LongRunVariance.Of(canary);
        Assert.True(own.Inflation > 10, $"the canary's own inflation {own.Inflation}");
        Assert.Equal(own.Inflation, evidence.ExperimentInflation);
    }

    [Fact]
    public void TheIntervalIsTheVaryingSidesMeanWithItsOwnDependenceAndStudentsT()
    {
        // A dependent canary (its inflation above 1) against a constant 100: every number from its definition.
        var canary = SimulatedSeries.Ar1(new Random(9), 30, 0.6).Select(z => 120 + 3 * z).ToArray();
        var dependence = LongRunVariance.Of(canary);
        Assert.True(dependence.Inflation > 1.2, $"inflation {dependence.Inflation}");
        var mean = canary.Average();
        var variance = canary.Sum(v => (v - mean) * (v - mean)) / (canary.Length - 1);
        var factor = EstimatedVarianceWidening.Factor(canary.Length / dependence.Inflation + 8 - 3, 0.98);
        var standardError = Math.Sqrt(variance * dependence.Inflation * factor / canary.Length);
        var half = 2.3263478740408408 * standardError;

        var result = V2.Classify("m", Enumerable.Repeat(100.0, 8).ToArray(), canary, IncreaseCritical);

        var meta = result.Metadata!;
        Assert.Equal(MetricVerdicts.High, result.Classification);
        Assert.Equal(mean - 100, meta.Estimate!.Value, 10);
        Assert.Equal(mean - 100 - half, meta.CiLower!.Value, 10);
        Assert.Equal(mean - 100 + half, meta.CiUpper!.Value, 10);
        Assert.Equal(NormalTail.TwoSided((mean - 100) / standardError), meta.PValue!.Value, 12);
        var evidence = meta.Evidence!;
        Assert.Equal(dependence.Inflation * factor, evidence.VarianceInflation, 10);
        Assert.Equal(canary.Length / dependence.Inflation, evidence.ExperimentEffectiveSize, 10);
        Assert.Equal(8, evidence.ControlEffectiveSize);
        Assert.Equal((mean - 100 - half) / 100, evidence.RelativeLower!.Value, 10);
        Assert.Equal((mean - 100 + half) / 100, evidence.RelativeUpper!.Value, 10);
        Assert.Equal(DetectableEffect.OfInterval(mean - 100 - half, mean - 100 + half, 100, 0.98, 0.25), evidence.DetectableEffect!.Value, 10);
    }

    [Fact]
    public void TheMirrorIntervalIsTheConstantLessTheVaryingMean()
    {
        var baseline = SimulatedSeries.Ar1(new Random(9), 30, 0.6).Select(z => 120 + 3 * z).ToArray();
        var dependence = LongRunVariance.Of(baseline);
        var mean = baseline.Average();
        var variance = baseline.Sum(v => (v - mean) * (v - mean)) / (baseline.Length - 1);
        var factor = EstimatedVarianceWidening.Factor(baseline.Length / dependence.Inflation + 8 - 3, 0.98);
        var half = 2.3263478740408408 * Math.Sqrt(variance * dependence.Inflation * factor / baseline.Length);

        var result = V2.Classify("m", baseline, Enumerable.Repeat(100.0, 8).ToArray(), Decrease);

        var meta = result.Metadata!;
        Assert.Equal(MetricVerdicts.Low, result.Classification);
        Assert.Equal(100 - mean, meta.Estimate!.Value, 10);
        Assert.Equal(100 - mean - half, meta.CiLower!.Value, 10);
        Assert.Equal(100 - mean + half, meta.CiUpper!.Value, 10);
        var evidence = meta.Evidence!;
        Assert.Equal((8.0, 1.0), (evidence.ExperimentEffectiveSize, evidence.ExperimentInflation));
        Assert.Equal(dependence.Inflation, evidence.ControlInflation);
        // Relative to the baseline's median.
        var median = Percentile.R7OfSorted([.. baseline.Order()], 50);
        Assert.Equal((100 - mean - half) / median, evidence.RelativeLower!.Value, 10);
    }

    [Fact]
    public void ANearCanaryGetsAModeratePValueFromTheSameInterval()
    {
        // Wholly above 100 but close: the p-value is the normal tail of the shift over its (widened) standard error.
        var canary = SimulatedSeries.Ar1(new Random(4), 12, 0.3).Select(z => 100 + 0.3 * Math.Exp(z)).ToArray();
        var dependence = LongRunVariance.Of(canary);
        var mean = canary.Average();
        var variance = canary.Sum(v => (v - mean) * (v - mean)) / (canary.Length - 1);
        var factor = EstimatedVarianceWidening.Factor(canary.Length / dependence.Inflation + 12 - 3, 0.98);
        var standardError = Math.Sqrt(variance * dependence.Inflation * factor / canary.Length);

        var meta = V2.Classify("m", Enumerable.Repeat(100.0, 12).ToArray(), canary, IncreaseCritical).Metadata!;

        var p = NormalTail.TwoSided((mean - 100) / standardError);
        Assert.InRange(p, 1e-6, 0.5);
        Assert.Equal(p, meta.PValue!.Value, 12);
        Assert.Equal("one-sample", meta.Regime);
    }

    [Fact]
    public void ANegativeConstantIsRelatedByItsSize()
    {
        // Baseline −5 throughout, canary just above it: the shift is positive and so is its share of |−5|.
        var canary = SimulatedSeries.Ar1(new Random(6), 30, 0.5).Select(z => -4 + 0.1 * z).ToArray();
        // cles, not the mean ratio: −4/−5 = 0.8 would read as a decrease.
        var config = IncreaseCritical with { EffectSize = EffectSizeConfig.Default(EffectSizeMeasure.Cles) };
        var result = V2.Classify("m", Enumerable.Repeat(-5.0, 30).ToArray(), canary, config);
        var evidence = result.Metadata!.Evidence!;
        Assert.Equal(MetricVerdicts.High, result.Classification);
        Assert.Equal(result.Metadata.CiLower!.Value / 5, evidence.RelativeLower!.Value, 12);
        Assert.True(evidence.RelativeLower > 0);
    }

    [Fact]
    public void ALaterLookHeldToMoreConfidenceIsNotNodataWhereTheUsualLevelIsReachable()
    {
        // Nodata follows the judge's usual 98 %, not a sequential look's 99.9 %, as in the rank test.
        var strict = ExactAcaJudgeV2.CreateClassifier(confidenceLevel: 0.999);
        var result = strict.Classify("m", new double[5], [10.5, 10.1, 10.4, 10.2, 10.3], IncreaseCritical);
        Assert.NotEqual(MetricVerdicts.Nodata, result.Classification);
        Assert.Equal("one-sample", result.Metadata!.Regime);
    }

    [Fact]
    public void AnAllZeroBaselineLeavesTheChangeUnrelatable()
    {
        var result = V2.Classify("m", new double[60], DriftingErrorRatio(5, 60), IncreaseCritical);
        var evidence = result.Metadata!.Evidence!;
        Assert.Null(evidence.DetectableEffect);
        Assert.Null(evidence.RelativeLower);
        Assert.Contains("the baseline is 0", result.Reason);
    }

    [Theory]
    [InlineData(0.0)]   // one canary value on the constant
    [InlineData(-0.01)] // one below it
    public void ACanaryTouchingOrCrossingTheConstantStaysWithTheRankTest(double oneValue)
    {
        var canary = DriftingErrorRatio(1, 60);
        canary[30] = oneValue;
        var result = V2.Classify("m", new double[60], canary, IncreaseCritical);
        Assert.NotEqual(ConstantSideComparison.Regime, result.Metadata!.Regime);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.01)]
    public void ABaselineTouchingOrCrossingAConstantCanaryStaysWithTheRankTest(double oneValue)
    {
        var baseline = DriftingErrorRatio(1, 60).Select(v => -v).ToArray();
        baseline[30] = -oneValue;
        var result = V2.Classify("m", baseline, new double[60], IncreaseCritical);
        Assert.NotEqual(ConstantSideComparison.Regime, result.Metadata!.Regime);
    }

    [Fact]
    public void TwoConstantsStayWithTheRankTest()
    {
        var result = V2.Classify("m", [1, 1, 1, 1, 1], [10, 10, 10, 10, 10], IncreaseCritical);
        Assert.Equal(MetricVerdicts.High, result.Classification);
        Assert.Equal((9.0, 9.0, 9.0), (result.Metadata!.CiLower!.Value, result.Metadata.CiUpper!.Value, result.Metadata.Estimate!.Value));
        Assert.Equal("normal", result.Metadata.Regime);
        Assert.Equal(MetricVerdicts.Pass, V2.Classify("m", [4, 4, 4, 4, 4], [4, 4, 4], IncreaseCritical).Classification);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void SizesTheRankTestCouldNotJudgeAreStillNodata(int n)
    {
        // One constant side of n and n values above it: the rank test's Nodata rule for these sizes (4 a side is the
        // last that cannot reach 98 % with a side tied).
        var result = V2.Classify("m", new double[n], Enumerable.Range(1, n).Select(i => 10.0 + i).ToArray(), IncreaseCritical);
        Assert.Equal(MetricVerdicts.Nodata, result.Classification);
        Assert.Contains("cannot reach 98 % confidence", result.Reason);
    }

    [Fact]
    public void FivePointsASideAreJudged()
    {
        var result = V2.Classify("m", new double[5], [10.5, 10.1, 10.4, 10.2, 10.3], IncreaseCritical);
        Assert.Equal(MetricVerdicts.High, result.Classification);
    }

    [Fact]
    public void ANonFiniteValueIsStillAnError()
    {
        var result = V2.Classify("m", new double[5], [1, 2, 3, 4, double.PositiveInfinity], IncreaseCritical);
        Assert.Equal(MetricVerdicts.Error, result.Classification);
    }

    [Fact]
    public void AShiftWithinTheAllowedIncreasePasses()
    {
        var config = IncreaseCritical with { EffectSize = new EffectSizeConfig(EffectSizeMeasure.MeanRatio, 1.2, 1.0, 1.5, 1.0) };
        var canary = DriftingErrorRatio(2, 60).Select(v => 100 + v).ToArray();
        var result = V2.Classify("m", Enumerable.Repeat(100.0, 60).ToArray(), canary, config);
        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.Contains("within the allowed increase", result.Reason);
    }

    [Fact]
    public void OnlyTheWatchedDirectionIsFlagged()
    {
        var result = V2.Classify("m", new double[60], DriftingErrorRatio(4, 60), Decrease);
        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.Contains("only decreases are judged", result.Reason);
        // A zero baseline cannot relate the interval, so it cannot show the canary within tolerance either.
        Assert.False(result.Metadata!.Evidence!.WithinTolerance);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AConstantSideIsNeverPooledWithAnOverlappingOne(bool constantCanary)
    {
        // A side at the constant about half the time, its persistence within 2.576 standard errors of the constant
        // side's placeholder 0: the sides "agreed", and pooling gave the constant side the other's inflation.
        var canary = SimulatedSeries.Ar1(new Random(3), 60, 0.5).Select(z => Math.Max(0, z)).ToArray();
        var own = LongRunVariance.OfRanks(canary);
        Assert.True(Math.Abs(own.Autoregression) < 2.576 * Math.Sqrt((1 + 1 - own.Autoregression * own.Autoregression) / 60));
        var pooled = LongRunVariance.OfRanksPooled(new double[60], canary);
        Assert.True(pooled.Inflation > 2, $"pooled inflation {pooled.Inflation}");
        var evidence = constantCanary
            ? V2.Classify("m", canary, new double[60], IncreaseCritical).Metadata!.Evidence!
            : V2.Classify("m", new double[60], canary, IncreaseCritical).Metadata!.Evidence!;
        var (constant, varying) = constantCanary
            ? (evidence.ExperimentInflation, evidence.ControlInflation)
            : (evidence.ControlInflation, evidence.ExperimentInflation);
        Assert.Equal((1.0, own.Inflation), (constant, varying));
    }
}
