using Judge.Stats.Sequential;

namespace Judge.Stats.Tests.Sequential;

public class SpendingBoundaryTests
{
    [Fact]
    public void OneLookIsASingleTest() =>
        Assert.Equal(2.326348, SpendingBoundary.CriticalValues([1.0], 0.02)[0], 5);

    [Fact]
    public void FiveEqualLooksMatchThePublishedOBrienFlemingTypeBoundaries()
    {
        // Lan & DeMets (1983) O'Brien–Fleming-type spending, two-sided α = 0.05, K = 5 (e.g. Jennison & Turnbull,
        // Group Sequential Methods, table 7.6; R gsDesign sfLDOF): 4.877, 3.357, 2.680, 2.290, 2.031.
        var critical = SpendingBoundary.CriticalValues([0.2, 0.4, 0.6, 0.8, 1.0], 0.05);
        Assert.Equal([4.877, 3.357, 2.680, 2.290, 2.031], critical.Select(c => Math.Round(c, 3)));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(60)]
    public void BrownianPathsCrossSomeLookAtTheSpentRate(int looks)
    {
        var fractions = Enumerable.Range(1, looks).Select(k => (double)k / looks).ToArray();
        var critical = SpendingBoundary.CriticalValues(fractions, 0.02);
        var random = new Random(31);
        const int paths = 40_000;
        var crossed = 0;
        for (var p = 0; p < paths; p++)
        {
            var s = 0.0;
            for (var k = 0; k < looks; k++)
            {
                s += Math.Sqrt(1.0 / looks) * Normal(random);
                if (Math.Abs(s) / Math.Sqrt(fractions[k]) >= critical[k])
                {
                    crossed++;
                    break;
                }
            }
        }
        // 2 % of 40,000 = 800 expected, 3-sigma ±84.
        Assert.InRange(crossed, 716, 884);
        Assert.True(critical[^1] < 2.6, $"the last look's critical value {critical[^1]:0.000}");
    }

    [Fact]
    public void TheSpendingFunctionSpendsNothingAtZeroAndAlphaAtOne()
    {
        Assert.Equal(0, SpendingBoundary.Spent(0, 0.02));
        Assert.Equal(0.02, SpendingBoundary.Spent(1, 0.02));
        Assert.InRange(SpendingBoundary.Spent(0.5, 0.02), 0.00050, 0.00056); // 4·(1 − Φ(2.576/√0.5)) = 0.00054
    }

    [Fact]
    public void ConfidenceOfTheCriticalValueRoundTrips() =>
        Assert.Equal(0.98, SpendingBoundary.ConfidenceOf(2.326348), 6);

    [Fact]
    public void FractionsMustIncrease() =>
        Assert.Throws<ArgumentException>(() => SpendingBoundary.CriticalValues([0.5, 0.5], 0.02));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
