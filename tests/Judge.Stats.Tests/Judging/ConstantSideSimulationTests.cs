using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Tests.Dependence;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// Small seeded versions of bench's rows for a side that is all 0 (bench/README.md, "error ratios judged as continuous
/// metrics"): the drifting canary against a constant 0 is caught, and sparse error ratios, often all 0 on a side, keep
/// their A/A false alarms within the 1 % target. Bounds: the measured rate plus a binomial 3-sigma margin.
/// </summary>
public class ConstantSideSimulationTests
{
    private static readonly MetricClassifier V2 = ExactAcaJudgeV2.CreateClassifier();

    [Theory]
    [InlineData(32)]
    [InlineData(60)]
    public void ADriftingErrorRatioAgainstAConstantZeroIsCaught(int n)
    {
        // bench: 100 % at 2,000 replications (41.9 % and 54.8 % before); 300 here, so ≥ 97 % (3 sigma at 99 %).
        const int replications = 300;
        var random = new Random(2026);
        var config = new MetricAnalysisConfig { Direction = Direction.Increase };
        var high = 0;
        for (var r = 0; r < replications; r++)
        {
            var canary = SimulatedSeries.Ar1(random, n, 0.97).Select(z => 0.3 + 0.03 * z).ToArray();
            high += V2.Classify("m", new double[n], canary, config).Classification == MetricVerdicts.High ? 1 : 0;
        }
        Assert.True(high >= 0.97 * replications, $"{high} of {replications} High");
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.2)]
    public void SparseErrorRatiosOftenAllZeroOnASideKeepTheirFalseAlarmsWithinTarget(double errorsPerStep)
    {
        // bench: 0 % at 2,000 replications; the target is 1 %, so ≤ 1 % + 3 sigma (300 replications: 2.7 %).
        const int replications = 300;
        var random = new Random(2026);
        var config = new MetricAnalysisConfig();
        int alarms = 0, allZeroSides = 0;
        for (var r = 0; r < replications; r++)
        {
            var control = SimulatedSeries.SparseErrorRatio(random, 60, errorsPerStep, 100);
            var experiment = SimulatedSeries.SparseErrorRatio(random, 60, errorsPerStep, 100);
            allZeroSides += control.All(v => v == 0) || experiment.All(v => v == 0) ? 1 : 0;
            alarms += V2.Classify("m", control, experiment, config).Classification != MetricVerdicts.Pass ? 1 : 0;
        }
        Assert.True(alarms <= 0.027 * replications, $"{alarms} of {replications} not Pass");
        if (errorsPerStep < 0.1)
            Assert.True(allZeroSides > replications / 2, $"only {allZeroSides} replications had an all-zero side");
    }
}
