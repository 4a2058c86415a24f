using Judge.Stats.Sequential;

namespace Judge.Stats.Tests.Sequential;

// Sliding windows spend each look's share of the O'Brien–Fleming-type function on its own (Bonferroni). Expected
// values computed independently from the definition: share_k = α(k/K) − α((k−1)/K) with α(t) = 4·(1 − Φ(z₁₋α/₄ / √t)),
// critical value Φ⁻¹(1 − share/2), confidence 1 − share.
public class SlidingWindowPlanTests
{
    [Theory]
    [InlineData(1, 5.163854593e-07, 5.020122)]
    [InlineData(2, 0.0005389175278, 3.460628)]
    [InlineData(3, 0.005333502636, 2.786169)]
    [InlineData(4, 0.01412706345, 2.454016)]
    public void FourSlidingLooksAtTwoPercentSpendTheirShareEach(int look, double share, double critical)
    {
        var boundary = SequentialPlan.For([10, 10, 10, 10], cumulative: false, 0.98)[look - 1];
        Assert.Equal(look, boundary.Look);
        Assert.Equal(4, boundary.Looks);
        Assert.Equal(look / 4.0, boundary.InformationFraction, 12);
        Assert.Equal(critical, boundary.CriticalValue, 1e-5);
        Assert.Equal(share, 1 - boundary.ConfidenceLevel, share * 1e-6);
    }

    [Fact]
    public void WindowsThatShrinkAreTreatedAsSlidingEvenWhenCalledCumulative()
    {
        // Fractions 2, 1 are not an increasing sequence in (0, 1]: the spending recursion does not apply.
        var plan = SequentialPlan.For([20, 10], cumulative: true, 0.98);
        Assert.Equal(SequentialPlan.For([20, 10], cumulative: false, 0.98), plan);
        Assert.Equal(0.5, plan[0].InformationFraction, 12);
    }

    [Fact]
    public void ALookWithNothingToSpendIsHeldToTheHighestConfidence()
    {
        // Sixty sliding looks at 2 %: the first one's share, 4·(1 − Φ(2.5758·√60)), is 0 in double precision. It gets
        // the critical value the cumulative recursion gives a look that spends nothing (8.3, finite, so the stored and
        // served JSON holds a number) and is held to 1 − 1e-12.
        var first = SequentialPlan.For(Enumerable.Repeat(10.0, 60).ToArray(), cumulative: false, 0.98)[0];
        Assert.Equal(8.3, first.CriticalValue);
        Assert.Equal(SpendingBoundary.MaxConfidence, first.ConfidenceLevel);
        // Every look's critical value is a finite number no larger than that, and none rises over the looks.
        var plan = SequentialPlan.For(Enumerable.Repeat(10.0, 60).ToArray(), cumulative: false, 0.98);
        Assert.All(plan, b => Assert.InRange(b.CriticalValue, 2.0, 8.3));
        Assert.True(plan.Zip(plan.Skip(1)).All(p => p.First.CriticalValue >= p.Second.CriticalValue));
    }

    [Fact]
    public void NoLooksGiveAnEmptyPlan() =>
        Assert.Empty(SequentialPlan.For([], cumulative: true, 0.98));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void TheConfidenceLevelMustLieStrictlyBetweenZeroAndOne(double confidence)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => SequentialPlan.For([10.0], cumulative: true, confidence));
        Assert.Equal("confidenceLevel", refused.ParamName);
        Assert.StartsWith("confidenceLevel must lie strictly between 0 and 1", refused.Message);
    }

    [Fact]
    public void NoWindowLengthsAreRefused() =>
        Assert.Equal("windowLengths", Assert.Throws<ArgumentNullException>(() => SequentialPlan.For(null!, cumulative: true, 0.98)).ParamName);
}
