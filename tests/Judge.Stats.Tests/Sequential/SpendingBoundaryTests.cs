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

    // The same spending function at other look counts, levels and spacings. Expected values: an independent
    // recomputation (trapezoid rule on the z scale with 401 to 1,201 points, bisection per look; stable to 4 decimals
    // across grids) that reproduces the published K = 5 row above; K = 2..4 at α = 0.05 are the published
    // O'Brien–Fleming-type rows (2.963, 1.969; 3.710, 2.511, 1.993; 4.333, 2.963, 2.359, 2.014).
    [Theory]
    [InlineData(0.05, new[] { 0.5, 1.0 }, new[] { 2.9626, 1.9686 })]
    [InlineData(0.05, new[] { 1 / 3.0, 2 / 3.0, 1.0 }, new[] { 3.7103, 2.5114, 1.9930 })]
    [InlineData(0.05, new[] { 0.25, 0.5, 0.75, 1.0 }, new[] { 4.3326, 2.9631, 2.3590, 2.0141 })]
    [InlineData(0.05, new[] { 0.2, 0.4, 0.6, 0.8, 1.0 }, new[] { 4.8769, 3.3570, 2.6803, 2.2898, 2.0310 })]
    [InlineData(0.02, new[] { 1 / 3.0, 2 / 3.0, 1.0 }, new[] { 4.3106, 2.9472, 2.3461 })]
    [InlineData(0.05, new[] { 0.3, 0.7, 1.0 }, new[] { 3.9286, 2.4387, 2.0000 })]
    public void CriticalValuesMatchAnIndependentRecursionToFourDecimals(double alpha, double[] fractions, double[] expected)
    {
        var critical = SpendingBoundary.CriticalValues(fractions, alpha);
        Assert.Equal(expected.Length, critical.Length);
        for (var k = 0; k < expected.Length; k++)
            Assert.True(Math.Abs(critical[k] - expected[k]) <= 1.2e-4, $"look {k + 1}: {critical[k]:0.00000}, expected {expected[k]:0.0000}");
    }

    [Fact]
    public void LooksThatSpendNothingAreHeldBeyondAnyDataAndLeaveTheLastLookASingleTest()
    {
        // At t = 0.005 and 0.01 the spending function is 4·(1 − Φ(2.24/√t)) < 1e-100: nothing to spend, so the looks are
        // held at the no-crossing bound 8.3 and the last look, with nothing spent before it, is the single test Φ⁻¹(0.975).
        var critical = SpendingBoundary.CriticalValues([0.005, 0.01, 1.0], 0.05);
        Assert.Equal(8.3, critical[0], 9);
        Assert.Equal(8.3, critical[1], 9);
        Assert.Equal(1.959964, critical[2], 1e-4);
        Assert.Equal(SpendingBoundary.MaxConfidence, SpendingBoundary.ConfidenceOf(critical[0]));
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

    [Theory]
    [InlineData(new[] { 0.5, 0.5 })]
    [InlineData(new[] { 0.6, 0.4 })]
    [InlineData(new[] { 0.0, 1.0 })]
    [InlineData(new[] { 0.5, 1.2 })]
    [InlineData(new[] { double.NaN })]
    public void FractionsMustIncreaseWithinZeroToOne(double[] fractions)
    {
        var refused = Assert.Throws<ArgumentException>(() => SpendingBoundary.CriticalValues(fractions, 0.02));
        Assert.Equal("fractions", refused.ParamName);
        Assert.StartsWith("information fractions must increase within (0, 1]", refused.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void AlphaMustLieStrictlyBetweenZeroAndOne(double alpha)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => SpendingBoundary.CriticalValues([1.0], alpha));
        Assert.Equal("alpha", refused.ParamName);
        Assert.StartsWith("alpha must lie strictly between 0 and 1", refused.Message);
    }

    [Fact]
    public void TheSpendingFunctionIsClampedOutsideZeroToOne()
    {
        Assert.Equal(0, SpendingBoundary.Spent(-0.5, 0.05));
        Assert.Equal(0.05, SpendingBoundary.Spent(1.5, 0.05));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
