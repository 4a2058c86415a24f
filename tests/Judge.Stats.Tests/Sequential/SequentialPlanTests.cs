using Judge.Stats.Sequential;

namespace Judge.Stats.Tests.Sequential;

public class SequentialPlanTests
{
    [Fact]
    public void CumulativeWindowsGetTheSpendingBoundariesByInformationFraction()
    {
        var plan = SequentialPlan.For([10, 20, 30, 40, 50, 60], cumulative: true, 0.98);
        var expected = SpendingBoundary.CriticalValues([1 / 6.0, 2 / 6.0, 3 / 6.0, 4 / 6.0, 5 / 6.0, 1.0], 0.02);
        Assert.Equal(expected, plan.Select(b => b.CriticalValue));
        Assert.Equal([1, 2, 3, 4, 5, 6], plan.Select(b => b.Look));
        Assert.All(plan, b => Assert.Equal(6, b.Looks));
        Assert.True(plan[0].ConfidenceLevel > 0.99999, "the first look is held to a very wide interval");
        Assert.InRange(plan[^1].ConfidenceLevel, 0.98, 0.99);
        Assert.Equal(SpendingBoundary.ConfidenceOf(plan[2].CriticalValue), plan[2].ConfidenceLevel);
    }

    [Fact]
    public void OneLookIsHeldToTheAnalysisConfidence() =>
        Assert.Equal(0.98, SequentialPlan.For([60], cumulative: true, 0.98)[0].ConfidenceLevel, 9);

    [Fact]
    public void SlidingWindowsSpendTheirShareEachAndTheSharesAddUpToAlpha()
    {
        var plan = SequentialPlan.For([10, 10, 10, 10], cumulative: false, 0.98);
        Assert.Equal(0.02, plan.Sum(b => 1 - b.ConfidenceLevel), 12);
        Assert.True(plan[0].ConfidenceLevel > plan[^1].ConfidenceLevel);
    }

    [Fact]
    public void WindowsThatDoNotGrowAreTreatedAsSliding() =>
        Assert.Equal(SequentialPlan.For([10, 10], cumulative: false, 0.98), SequentialPlan.For([10, 10], cumulative: true, 0.98));
}
