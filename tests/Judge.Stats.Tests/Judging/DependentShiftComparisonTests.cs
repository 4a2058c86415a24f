using Judge.Stats.Configuration;
using Judge.Stats.Dependence;
using Judge.Stats.Judging;
using Judge.Stats.Preprocessing;
using Judge.Stats.Results;
using Judge.Stats.Tests.Dependence;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// ExactACAJudge-v2's rank comparison, wired step by step without the seeded simulations: when the sides' dependence
/// is pooled and when each keeps its own, the inflation and its Student-t widening, Nodata against low evidence, and the
/// interval's relative ends.
/// </summary>
public class DependentShiftComparisonTests
{
    private static readonly MetricClassifier V2 = ExactAcaJudgeV2.CreateClassifier();
    private static readonly MetricAnalysisConfig Either = new();

    // Two AR(1) φ 0.6 sides of 60 drawn in turn from one seed; their rank persistences (seed 37: 0.37 and 0.69,
    // 0.32 apart against an agreement threshold of 0.39; seed 149: 0.80 and 0.40, 0.40 apart against 0.37).
    private static (double[] Control, double[] Experiment) Sides(int seed)
    {
        var random = new Random(seed);
        return (SimulatedSeries.Ar1(random, 60, 0.6).Select(z => 100 + z).ToArray(),
            SimulatedSeries.Ar1(random, 60, 0.6).Select(z => 101 + z).ToArray());
    }

    private static double AgreementThreshold(SeriesDependence x, SeriesDependence y) =>
        2.5758293035489004 * Math.Sqrt(Math.Max(1 - x.Autoregression * x.Autoregression, 0.05) / x.Count
            + Math.Max(1 - y.Autoregression * y.Autoregression, 0.05) / y.Count);

    [Fact]
    public void PersistencesWithinSamplingErrorArePooled()
    {
        var (control, experiment) = Sides(37);
        var (own, other) = (LongRunVariance.OfRanks(control), LongRunVariance.OfRanks(experiment));
        Assert.InRange(Math.Abs(own.Autoregression - other.Autoregression), 0.25, AgreementThreshold(own, other) - 0.05);
        var pooled = LongRunVariance.OfRanksPooled(control, experiment);

        var evidence = V2.Classify("m", control, experiment, Either).Metadata!.Evidence!;

        Assert.Equal((pooled.Inflation, pooled.Inflation), (evidence.ControlInflation, evidence.ExperimentInflation));
    }

    [Fact]
    public void PersistencesJustBeyondSamplingErrorKeepTheirOwn()
    {
        var (control, experiment) = Sides(149);
        var (x, y) = (LongRunVariance.OfRanks(control), LongRunVariance.OfRanks(experiment));
        var gap = Math.Abs(x.Autoregression - y.Autoregression);
        Assert.InRange(gap, AgreementThreshold(x, y) + 0.02, AgreementThreshold(x, y) + 0.05);

        var result = V2.Classify("m", control, experiment, Either);

        var evidence = result.Metadata!.Evidence!;
        Assert.Equal((x.Inflation, y.Inflation), (evidence.ControlInflation, evidence.ExperimentInflation));
        // The rank variance's inflation (ny·τx + nx·τy)/(nx + ny), widened by Student's t on both sides' effective
        // points less three.
        var inflation = (60 * y.Inflation + 60 * x.Inflation) / 120;
        var widened = inflation * EstimatedVarianceWidening.Factor(60 / x.Inflation + 60 / y.Inflation - 3, 0.98);
        Assert.True(inflation > 1.5, $"inflation {inflation}");
        Assert.Equal(widened, evidence.VarianceInflation, 10);
        // The interval's ends relative to the baseline's median.
        var median = Percentile.R7OfSorted([.. control.Order()], 50);
        Assert.Equal(result.Metadata.CiLower!.Value / median, evidence.RelativeLower!.Value, 12);
        Assert.Equal(result.Metadata.CiUpper!.Value / median, evidence.RelativeUpper!.Value, 12);
    }

    [Fact]
    public void ANegativeBaselineIsRelatedByItsSize()
    {
        var (control, experiment) = Sides(149);
        var result = V2.Classify("m", control.Select(v => v - 200).ToArray(), experiment.Select(v => v - 200).ToArray(), Either);
        var median = Percentile.R7OfSorted([.. control.Select(v => v - 200).Order()], 50);
        Assert.True(median < 0);
        Assert.Equal(result.Metadata!.CiLower!.Value / -median, result.Metadata.Evidence!.RelativeLower!.Value, 12);
    }

    [Fact]
    public void ABaselineAtZeroCannotShowAChangeWithinTolerance()
    {
        // Median and mean 0: the relative ends are undefined, so not "within tolerance" even where the watched side clears.
        double[] baseline = [-5, 3, -1, 4, -3, 1, -4, 5, 2, -2];
        double[] canary = [24, 21, 27, 20, 25, 23, 28, 22, 26, 29];
        var result = V2.Classify("m", baseline, canary, new MetricAnalysisConfig { Direction = Direction.Decrease });
        var evidence = result.Metadata!.Evidence!;
        Assert.True(result.Metadata.CiLower > 0);
        Assert.Null(evidence.RelativeLower);
        Assert.False(evidence.WithinTolerance);
    }

    [Theory]
    [InlineData(3, 60)]
    [InlineData(60, 3)]
    public void ASideTooShortToEstimateKeepsEachSidesOwn(int controlLength, int experimentLength)
    {
        var random = new Random(5);
        var control = SimulatedSeries.Ar1(random, controlLength, 0.5);
        var experiment = SimulatedSeries.Ar1(random, experimentLength, 0.5).Select(v => v + 0.1).ToArray();
        var longer = LongRunVariance.OfRanks(controlLength > experimentLength ? control : experiment);
        Assert.True(longer.Inflation > 1.3, $"inflation {longer.Inflation}");

        var evidence = V2.Classify("m", control, experiment, Either).Metadata!.Evidence!;

        Assert.Equal(longer.Inflation, controlLength > experimentLength ? evidence.ControlInflation : evidence.ExperimentInflation);
    }

    [Theory]
    [InlineData(4, 60)]
    [InlineData(60, 4)]
    public void FourPointsASideAreEnoughToPool(int controlLength, int experimentLength)
    {
        var random = new Random(5);
        var control = SimulatedSeries.Ar1(random, controlLength, 0.5);
        var experiment = SimulatedSeries.Ar1(random, experimentLength, 0.5).Select(v => v + 0.1).ToArray();
        var (x, y) = (LongRunVariance.OfRanks(control), LongRunVariance.OfRanks(experiment));
        Assert.True(Math.Abs(x.Autoregression - y.Autoregression) < AgreementThreshold(x, y));
        var pooled = LongRunVariance.OfRanksPooled(control, experiment);
        Assert.NotEqual(controlLength > experimentLength ? x.Inflation : y.Inflation, pooled.Inflation);

        var evidence = V2.Classify("m", control, experiment, Either).Metadata!.Evidence!;

        Assert.Equal((pooled.Inflation, pooled.Inflation), (evidence.ControlInflation, evidence.ExperimentInflation));
    }

    [Fact]
    public void DependenceThatLeavesTooFewEffectivePointsIsLowEvidenceNotNodata()
    {
        var result = V2.Classify("m", [1, 2, 3, 4, 5, 6, 7, 8], [10, 11, 12, 13, 14, 15, 16, 17], Either);
        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.Contains("no verdict possible, low evidence", result.Reason);
        Assert.Null(result.Metadata!.Evidence!.DetectableEffect);
    }

    [Fact]
    public void ALookHeldToMoreConfidenceIsNodataOnlyWhereTheUsualLevelIsOutOfReach()
    {
        // Five independent points a side reach 98 % but not a look's 99.9 %: low evidence, not Nodata.
        var strict = ExactAcaJudgeV2.CreateClassifier(confidenceLevel: 0.999);
        var result = strict.Classify("m", [3, 1, 5, 2, 4], [12, 14, 10, 13, 11], Either);
        Assert.Equal(1.0, result.Metadata!.Evidence!.VarianceInflation);
        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.Equal(MetricVerdicts.Nodata, strict.Classify("m", [3, 1, 2, 4], [12, 14, 13, 11], Either).Classification);
    }
}
