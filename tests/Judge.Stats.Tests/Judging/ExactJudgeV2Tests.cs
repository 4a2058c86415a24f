using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Tests.Dependence;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// ExactACAJudge-v2 on seeded simulations: small versions of bench's calibration tables, with bounds wide enough for
/// their replication counts (a binomial 3-sigma margin), so a calibration regression fails here.
/// </summary>
public class ExactJudgeV2Tests
{
    private static readonly MetricClassifier V2 = ExactAcaJudgeV2.CreateClassifier();
    private static readonly MetricClassifier V1 = ExactAcaJudge.CreateClassifier();
    private static readonly MetricAnalysisConfig Continuous = new();
    private static readonly MetricAnalysisConfig Increase = new() { Direction = Direction.Increase };
    private static readonly MetricAnalysisConfig Count = new() { Kind = MetricKind.Count, Direction = Direction.Increase };

    [Theory]
    [InlineData(new[] { 100.0 }, new[] { 101.0 })]
    [InlineData(new[] { 1.0, 2 }, new[] { 10.0, 11 })]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 10.0, 11, 12 })]
    [InlineData(new[] { 1.0, 2, 3, 4 }, new[] { 10.0, 11, 12, 13 })]
    [InlineData(new[] { 1.0, 1 }, new[] { 2.0, 2 })]
    public void SamplesTooSmallForTheConfidenceAreNodataNeverHighOrLow(double[] control, double[] experiment)
    {
        var result = V2.Classify("m", control, experiment, Continuous);
        Assert.Equal(MetricVerdicts.Nodata, result.Classification);
        Assert.Contains("cannot reach 98 % confidence", result.Reason);
    }

    [Fact]
    public void FiveFullySeparatedPointsASideAreEnoughAndCarryTheirEvidence()
    {
        // Shuffled in time: a series that climbs step by step is itself strong dependence (see the next test's inverse).
        var result = V2.Classify("m", [3, 1, 5, 2, 4], [12, 14, 10, 13, 11], Continuous);
        Assert.Equal(MetricVerdicts.High, result.Classification);
        var evidence = result.Metadata!.Evidence!;
        Assert.Equal("continuous", evidence.MetricKind);
        Assert.Equal(5, evidence.ControlEffectiveSize + evidence.ControlInflation * 0, 9);
        Assert.Equal(1.0, evidence.VarianceInflation);
    }

    [Fact]
    public void SeriesThatClimbStepByStepAreTooDependentForAVerdict()
    {
        var result = V2.Classify("m", [1, 2, 3, 4, 5, 6, 7, 8], [10, 11, 12, 13, 14, 15, 16, 17], Continuous);
        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.True(result.Metadata!.Evidence!.LowEvidence);
        Assert.Contains("no verdict possible, low evidence", result.Reason);
    }

    [Fact]
    public void AutocorrelationWidensTheIntervalAndIsReported()
    {
        var random = new Random(3);
        var control = SimulatedSeries.Ar1(random, 360, 0.9);
        var experiment = SimulatedSeries.Ar1(random, 360, 0.9);
        var v1 = V1.Classify("m", control, experiment, Continuous).Metadata!;
        var v2 = V2.Classify("m", control, experiment, Continuous).Metadata!;
        Assert.True(v2.Evidence!.VarianceInflation > 5, $"inflation {v2.Evidence.VarianceInflation}");
        Assert.True(v2.CiUpper - v2.CiLower > 2 * (v1.CiUpper - v1.CiLower));
        Assert.True(v2.Evidence.ControlEffectiveSize < 72);
        Assert.Equal(v1.Estimate, v2.Estimate);
    }

    [Theory]
    [InlineData(0.7, 60)]
    [InlineData(0.7, 360)]
    [InlineData(0.9, 360)]
    public void AaFalseAlarmsOnAutocorrelatedSeriesStayNearTheStatedRateWhereV1sDoNot(double phi, int n)
    {
        const int replications = 300;
        var random = new Random(17);
        int v1Alarms = 0, v2Alarms = 0;
        for (var r = 0; r < replications; r++)
        {
            var control = SimulatedSeries.LogNormalLatency(random, n, phi, 0.3, 100);
            var experiment = SimulatedSeries.LogNormalLatency(random, n, phi, 0.3, 100);
            v1Alarms += IsAlarm(V1.Classify("m", control, experiment, Continuous)) ? 1 : 0;
            v2Alarms += IsAlarm(V2.Classify("m", control, experiment, Continuous)) ? 1 : 0;
        }
        // Target ≤ 1 %; 3 % is that plus three binomial standard errors at 300 replications.
        Assert.True(v2Alarms <= replications * 0.03, $"v2 raised {v2Alarms} of {replications}");
        Assert.True(v1Alarms > 3 * Math.Max(v2Alarms, 3), $"v1 raised {v1Alarms}, v2 {v2Alarms}: the simulation lost its dependence");
    }

    [Fact]
    public void ATenPercentLatencyRegressionOnIndependentDataIsStillCaught()
    {
        const int replications = 200;
        var random = new Random(5);
        var caught = 0;
        for (var r = 0; r < replications; r++)
        {
            var control = SimulatedSeries.LogNormalLatency(random, 60, 0, 0.1, 100);
            var experiment = SimulatedSeries.LogNormalLatency(random, 60, 0, 0.1, 110);
            caught += V2.Classify("m", control, experiment, Increase).Classification == MetricVerdicts.High ? 1 : 0;
        }
        Assert.True(caught >= replications * 0.90, $"caught {caught} of {replications}");
    }

    [Fact]
    public void ADoubledSparseErrorRateIsCaughtAsACountMetricButNotAsContinuous()
    {
        const int replications = 200;
        var random = new Random(8);
        int asCount = 0, asContinuous = 0;
        for (var r = 0; r < replications; r++)
        {
            var control = SimulatedSeries.Poisson(random, 60, 0.5);
            var experiment = SimulatedSeries.Poisson(random, 60, 1.0);
            asCount += V2.Classify("errors", control, experiment, Count).Classification == MetricVerdicts.High ? 1 : 0;
            asContinuous += V1.Classify("errors", control, experiment, Increase).Classification == MetricVerdicts.High ? 1 : 0;
        }
        Assert.True(asCount >= replications * 0.65, $"count: {asCount} of {replications}");
        Assert.True(asContinuous < asCount / 4, $"continuous v1 caught {asContinuous}, count {asCount}");
    }

    [Fact]
    public void AaCountsRaiseFewAlarms()
    {
        const int replications = 300;
        var random = new Random(9);
        var alarms = 0;
        var countEither = Count with { Direction = Direction.Either };
        for (var r = 0; r < replications; r++)
            alarms += IsAlarm(V2.Classify("errors", SimulatedSeries.Poisson(random, 60, 0.5), SimulatedSeries.Poisson(random, 60, 0.5), countEither)) ? 1 : 0;
        Assert.True(alarms <= replications * 0.04, $"{alarms} of {replications}");
    }

    [Fact]
    public void ACountResultReportsTheRateRatioAndItsTotals()
    {
        var result = V2.Classify("errors", [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1],
            [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3], Count);
        var evidence = result.Metadata!.Evidence!;
        Assert.Equal(MetricVerdicts.High, result.Classification);
        Assert.Equal("rate-ratio", result.Metadata.Regime);
        Assert.Equal(5.0, evidence.RateRatio);
        Assert.Equal((8.0, 40.0), (evidence.ControlTotal!.Value, evidence.ExperimentTotal!.Value));
        Assert.True(evidence.RateRatioLower > 1);
        Assert.Contains("rate ratio 5", result.Reason);
    }

    [Fact]
    public void ATrafficRatioFromTheConfigIsAppliedToTheRates()
    {
        var config = Count with { TrafficRatio = 5 };
        var result = V2.Classify("errors", [0, 1, 0, 1, 0, 1, 0, 1], [2, 3, 2, 3, 2, 3, 2, 3], config);
        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.Equal(1.0, result.Metadata!.Evidence!.RateRatio);
    }

    [Fact]
    public void EvidenceIsLowWhenTheDetectableEffectExceedsTheAllowedIncrease()
    {
        var random = new Random(21);
        var control = SimulatedSeries.LogNormalLatency(random, 60, 0, 0.5, 100);
        var experiment = SimulatedSeries.LogNormalLatency(random, 60, 0, 0.5, 100);
        var loose = Increase with { EffectSize = new EffectSizeConfig(EffectSizeMeasure.MeanRatio, 2.0, 1, 1, 1) };
        var tight = Increase with { EffectSize = new EffectSizeConfig(EffectSizeMeasure.MeanRatio, 1.05, 1, 1, 1) };
        var looseEvidence = V2.Classify("m", control, experiment, loose).Metadata!.Evidence!;
        var tightEvidence = V2.Classify("m", control, experiment, tight).Metadata!.Evidence!;
        Assert.Equal((1.0, 0.05), (looseEvidence.Tolerance, Math.Round(tightEvidence.Tolerance, 12)));
        Assert.InRange(looseEvidence.DetectableEffect!.Value, 0.05, 1.0);
        Assert.False(looseEvidence.LowEvidence);
        Assert.True(tightEvidence.LowEvidence);
    }

    [Fact]
    public void TheKayentaEraJudgesCarryNoEvidence() =>
        Assert.Null(V1.Classify("m", [1, 2, 3, 4, 5], [10, 11, 12, 13, 14], Continuous).Metadata!.Evidence);

    private static bool IsAlarm(MetricClassification result) =>
        result.Classification is MetricVerdicts.High or MetricVerdicts.Low;
}
