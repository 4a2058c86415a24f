using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Scoring;
using Judge.Stats.Tests.Dependence;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// ExactACAJudge-v2 on the dependence shapes beyond AR(1), overdispersed counts and a whole canary: seeded small
/// versions of bench's tables (bench/README.md), bounded at the target plus a binomial 3-sigma margin.
/// </summary>
public class ExactJudgeV2ShapeTests
{
    private static readonly MetricClassifier V2 = ExactAcaJudgeV2.CreateClassifier();
    private static readonly MetricAnalysisConfig Either = new();

    public static TheoryData<string> Shapes => ["ar2", "spikes", "heavy tails", "shared cycle"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void AaFalseAlarmsStayNearTheStatedRateOnOtherDependenceShapes(string shape)
    {
        const int replications = 300;
        var random = new Random(21);
        var alarms = 0;
        for (var r = 0; r < replications; r++)
        {
            var (control, experiment) = Draw(shape, random, 60);
            alarms += V2.Classify("latency", control, experiment, Either).Classification != MetricVerdicts.Pass ? 1 : 0;
        }
        // Target 1 %: 3 expected, 3-sigma bound 8.
        Assert.True(alarms <= 8, $"{shape}: {alarms} of {replications} not Pass");
    }

    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(2.0, 5.0)]
    public void AaOverdispersedCountsRaiseFewAlarms(double mean, double dispersion)
    {
        const int replications = 300;
        var random = new Random(22);
        var config = new MetricAnalysisConfig { Kind = MetricKind.Count };
        var alarms = 0;
        for (var r = 0; r < replications; r++)
            alarms += V2.Classify("errors", SimulatedSeries.NegativeBinomial(random, 60, mean, dispersion),
                SimulatedSeries.NegativeBinomial(random, 60, mean, dispersion), config).Classification != MetricVerdicts.Pass ? 1 : 0;
        // Target 2 %: 6 expected, 3-sigma bound 13. Treated as Poisson they would alarm about 10 % of the time.
        Assert.True(alarms <= 13, $"{alarms} of {replications} not Pass");
    }

    [Fact]
    public void ACanaryOfTenAutocorrelatedMetricsWithNoChangePasses()
    {
        const int replications = 100;
        var random = new Random(23);
        var judge = new ExactAcaJudgeV2();
        var passes = 0;
        for (var r = 0; r < replications; r++)
        {
            var metrics = Enumerable.Range(0, 10).Select(i => new MetricPairInput($"m{i}", $"m{i}", ["g"],
                new Dictionary<string, string>(), SimulatedSeries.LogNormalLatency(random, 60, 0.7, 0.3, 100),
                SimulatedSeries.LogNormalLatency(random, 60, 0.7, 0.3, 100), Either)).ToArray();
            var result = judge.Judge(new CanaryJudgeInput(metrics, new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75)));
            passes += result.Score.Classification == "Pass" ? 1 : 0;
        }
        // Target 90 % at 60 points: 3-sigma bound 81.
        Assert.True(passes >= 81, $"{passes} of {replications} canaries Pass");
    }

    private static (double[] Control, double[] Experiment) Draw(string shape, Random random, int n)
    {
        if (shape == "shared cycle")
        {
            var cycle = SimulatedSeries.DailyCycle(random, n, 60, 1);
            return (SimulatedSeries.WithSharedCycle(random, cycle, 0.5, 0.3, 100), SimulatedSeries.WithSharedCycle(random, cycle, 0.5, 0.3, 100));
        }
        Func<double[]> series = shape switch
        {
            "ar2" => () => SimulatedSeries.Ar2Latency(random, n, 0.5, 0.3, 0.3, 100),
            "spikes" => () => SimulatedSeries.Spiky(random, n, 0.5, 0.3, 100, 0.03, 5),
            _ => () => SimulatedSeries.HeavyTailed(random, n, 0.7, 0.3, 100, 3),
        };
        return (series(), series());
    }

    [Fact]
    public void SidesWhoseDependenceDisagreesKeepTheirOwnEstimates()
    {
        var random = new Random(24);
        var independent = SimulatedSeries.LogNormalLatency(random, 120, 0, 0.3, 100);
        var persistent = SimulatedSeries.LogNormalLatency(random, 120, 0.9, 0.3, 100);
        var evidence = V2.Classify("latency", independent, persistent, Either).Metadata!.Evidence!;
        Assert.True(evidence.ExperimentInflation > 3 * evidence.ControlInflation,
            $"canary τ {evidence.ExperimentInflation:0.0}, baseline τ {evidence.ControlInflation:0.0}");

        var alike = SimulatedSeries.LogNormalLatency(random, 120, 0.9, 0.3, 100);
        var shared = V2.Classify("latency", alike, persistent, Either).Metadata!.Evidence!;
        Assert.Equal(shared.ControlInflation, shared.ExperimentInflation);
    }
}
