using Judge.Stats.Exact;
using Judge.Stats.LocationShift;

namespace Judge.Stats.Tests.Exact;

/// <summary>The fast exact mode against the brute-force reference written from the README definitions.</summary>
public class ExactMannWhitneyBruteForceTests
{
    // R's −qnorm(alpha/2) for the two levels the judge uses (README section 1).
    private static readonly (double Level, double Z)[] Levels = [(0.98, 2.3263478740408408), (0.95, 1.9599639845400536)];

    private readonly ExactMannWhitney _test = new();

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 60));

    /// <summary>Integer data with heavy ties and negatives: the normal regime, with some exact-small cases where no values repeat.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void TiedIntegerSamplesMatchTheReference(int seed)
    {
        var random = new Random(seed);
        int nx = random.Next(1, 70), ny = random.Next(1, 70);
        var range = random.Next(2, 400);
        var x = RandomSamples.Integers(random, nx, -range / 2, range);
        var y = RandomSamples.Integers(random, ny, -range, range / 2);
        if (seed % 5 == 0)
            y = RandomSamples.ZeroInflated(random, ny);
        AssertMatchesReference(x, y, Levels[seed % 2]);
    }

    /// <summary>Distinct continuous data below 50 per sample: the exact-small regime.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void DistinctSmallSamplesMatchTheReference(int seed)
    {
        var random = new Random(500 + seed);
        var x = RandomSamples.Continuous(random, random.Next(1, 25), seed % 3 - 1);
        var y = RandomSamples.Continuous(random, random.Next(1, 25), 0);
        AssertMatchesReference(x, y, Levels[seed % 2]);
    }

    [Fact]
    public void ConstantSamplesWithDifferentValuesGiveThePointInterval()
    {
        var result = _test.Analyze([10, 10, 10, 10], [1, 1, 1], 0.98);

        Assert.Equal(ExactRegime.Normal, result.Regime);
        Assert.Equal((9.0, 9.0, 9.0), (result.CiLower, result.CiUpper, result.Estimate));
        AssertMatchesReference([10, 10, 10, 10], [1, 1, 1], Levels[0]);
    }

    [Fact]
    public void OneValueEverywhereIsAnError()
    {
        Assert.Throws<AllObservationsTiedException>(() => _test.Analyze([2.5, 2.5], [2.5], 0.98));
        Assert.Throws<AllObservationsTiedException>(() => _test.Analyze([0.0], [-0.0], 0.98));
    }

    private void AssertMatchesReference(double[] x, double[] y, (double Level, double Z) level)
    {
        var expected = BruteForceExactMannWhitney.Run(x, y, level.Level, level.Z);
        var actual = _test.Analyze(x, y, level.Level);
        var label = $"x=[{string.Join(",", x)}] y=[{string.Join(",", y)}] level={level.Level}";

        Assert.True(expected.Regime == actual.Regime, $"regime {actual.Regime} != {expected.Regime}: {label}");
        Assert.True(expected.Statistic == actual.Statistic, $"W {actual.Statistic} != {expected.Statistic}: {label}");
        Assert.True(Math.Abs(expected.PValue - actual.PValue) <= 1e-14 + 1e-12 * expected.PValue,
            $"pValue {actual.PValue:R} != {expected.PValue:R}: {label}");
        Assert.True(expected.CiLower == actual.CiLower, $"ciLower {actual.CiLower:R} != {expected.CiLower:R}: {label}");
        Assert.True(expected.CiUpper == actual.CiUpper, $"ciUpper {actual.CiUpper:R} != {expected.CiUpper:R}: {label}");
        Assert.True(expected.Estimate == actual.Estimate, $"estimate {actual.Estimate:R} != {expected.Estimate:R}: {label}");
    }
}
