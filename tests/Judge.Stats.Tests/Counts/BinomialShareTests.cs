using Judge.Stats.Counts;

namespace Judge.Stats.Tests.Counts;

public class BinomialShareTests
{
    private static readonly BinomialShare MidP = new(MidP: true);
    private static readonly BinomialShare Exact = new(MidP: false);

    [Fact]
    public void ExactTailsAreTheBinomialsAndMidPTakesHalfTheObservedCount()
    {
        // 7 of 10 events at share 1/2: P(X ≥ 7) = 176/1024, P(X = 7) = 120/1024.
        Assert.Equal(176.0 / 1024, Exact.UpperTail(7, 3, 0.5), 12);
        Assert.Equal((176.0 - 60) / 1024, MidP.UpperTail(7, 3, 0.5), 12);
        Assert.Equal(2 * (176.0 - 60) / 1024, MidP.PValue(7, 3, 0.5), 12);
        Assert.Equal(1.0, Exact.PValue(5, 5, 0.5), 12);
    }

    [Fact]
    public void TheIntervalEndsAreWhereEachTailFallsToHalfOfAlpha()
    {
        foreach (var share in new[] { MidP, Exact })
        {
            var (lower, upper) = share.Interval(30, 12, 0.98);
            Assert.Equal(0.01, share.UpperTail(30, 12, lower), 9);
            Assert.Equal(0.01, share.LowerTail(30, 12, upper), 9);
        }
        var (midLower, midUpper) = MidP.Interval(30, 12, 0.98);
        var (exactLower, exactUpper) = Exact.Interval(30, 12, 0.98);
        Assert.True(exactLower < midLower && midUpper < exactUpper, "mid-p intervals are inside the exact ones");
    }

    [Fact]
    public void ASideWithoutEventsLeavesItsEndOpen()
    {
        Assert.Equal(0.0, MidP.Interval(0, 9, 0.98).Lower);
        Assert.Equal(1.0, MidP.Interval(9, 0, 0.98).Upper);
    }

    [Fact]
    public void ReachabilityIsTheMostLopsidedSplitsTail()
    {
        // All of n events on one side: exact p = 2·0.5ⁿ, mid-p half of it.
        Assert.False(Exact.CanReach(6, 0.5, 0.98));
        Assert.True(Exact.CanReach(7, 0.5, 0.98));
        Assert.False(MidP.CanReach(5, 0.5, 0.98));
        Assert.True(MidP.CanReach(6, 0.5, 0.98));
    }
}
