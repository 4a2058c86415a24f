using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>The absolute bound's reason, whole, for each aggregate's name and the numbers in .NET's G6 (6 significant digits, scientific from 10⁶).</summary>
public class AbsoluteBoundReasonTextTests
{
    // Sorted: 99, 99.5, 99.8, 100, 100, 100, 100.2, 100.5, 101, 101.5; mean 100.15, median 100,
    // p95 (R-7) = x₉ + 0.55·(x₁₀ − x₉) = 101.275, max 101.5.
    private static readonly double[] Canary = [100, 100.5, 99.5, 101, 99, 100, 100.2, 99.8, 100, 101.5];

    [Theory]
    [InlineData(BoundAggregate.Mean, "m: canary mean 100.15 is above the absolute bound max 99.9")]
    [InlineData(BoundAggregate.Median, "m: canary median 100 is above the absolute bound max 99.9")]
    [InlineData(BoundAggregate.P95, "m: canary p95 101.275 is above the absolute bound max 99.9")]
    [InlineData(BoundAggregate.Max, "m: canary max 101.5 is above the absolute bound max 99.9")]
    public void EachAggregateIsNamedWithItsValue(BoundAggregate aggregate, string reason)
    {
        var violation = AbsoluteBoundCheck.Check("m", new AbsoluteBound(null, 99.9, aggregate), Canary);
        Assert.Equal(new BoundViolation(MetricVerdicts.High, reason), violation);
    }

    [Fact]
    public void NumbersAreWrittenToSixSignificantDigits()
    {
        Assert.Equal("m: canary max 1.23457 is above the absolute bound max 1.11111",
            AbsoluteBoundCheck.Check("m", new AbsoluteBound(null, 1.111111111, BoundAggregate.Max), [1.234567891])!.Reason);
        Assert.Equal("m: canary mean 0.00123457 is below the absolute bound min 1.23457E+06",
            AbsoluteBoundCheck.Check("m", new AbsoluteBound(1234567.8, null), [0.001234567891])!.Reason);
    }
}
