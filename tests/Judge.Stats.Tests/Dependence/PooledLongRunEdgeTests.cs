using Judge.Stats.Dependence;

namespace Judge.Stats.Tests.Dependence;

/// <summary>
/// Pooling two sides where one or both are too short, constant or empty: which sides enter the estimate must not
/// depend on which one is the canary, and a side without variation gives a long run of 0 (not NaN).
/// </summary>
public class PooledLongRunEdgeTests
{
    [Theory]
    [InlineData(10, 10)]
    [InlineData(4, 10)]
    [InlineData(10, 4)]
    [InlineData(3, 10)]
    [InlineData(10, 3)]
    [InlineData(3, 4)]
    [InlineData(4, 3)]
    public void Which_sides_enter_does_not_depend_on_their_order(int firstLength, int secondLength)
    {
        var first = SimulatedSeries.Ar1(new Random(61), firstLength, 0.8).Select(v => v + 20).ToArray();
        var second = SimulatedSeries.Ar1(new Random(62), secondLength, -0.3).Select(v => 3 * v + 20).ToArray();

        var forward = LongRunVariance.PooledLongRun(first, second);
        var reversed = LongRunVariance.PooledLongRun(second, first);

        Assert.True(forward > 0);
        Assert.Equal(1.0, forward / reversed, 1e-12);
    }

    [Fact]
    public void A_side_too_short_to_estimate_is_left_out_of_the_long_run()
    {
        var series = SimulatedSeries.Ar1(new Random(63), 30, 0.7);
        var withShortSide = LongRunVariance.PooledLongRun(series, [1.0, 9.0, -4.0]);
        var alone = LongRunVariance.PooledLongRun(series, []);
        Assert.Equal(alone, withShortSide, 12);
    }

    [Fact]
    public void Two_empty_sides_have_no_long_run() =>
        Assert.Equal(0.0, LongRunVariance.PooledLongRun([], []));

    [Fact]
    public void Constant_sides_have_no_long_run() =>
        Assert.Equal(0.0, LongRunVariance.PooledLongRun([3, 3, 3, 3, 3], [7, 7, 7, 7]));

    [Fact]
    public void Tied_ranks_on_both_sides_are_independent() =>
        Assert.Equal(SeriesDependence.Independent(4), LongRunVariance.OfRankSeriesPooled([2.5, 2.5, 2.5, 2.5], [3, 3, 3, 3, 3]));

    [Fact]
    public void Four_points_a_side_are_already_estimated() =>
        Assert.True(LongRunVariance.OfRankSeriesPooled([1, 2, 3, 4], [1, 2, 3, 4]).Inflation > 1);

    [Fact]
    public void The_shorter_side_sets_whether_pooled_ranks_can_be_estimated() =>
        Assert.Equal(SeriesDependence.Independent(3), LongRunVariance.OfRankSeriesPooled([1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
}
