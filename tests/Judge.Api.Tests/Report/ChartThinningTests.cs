using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

public sealed class ChartThinningTests
{
    [Fact]
    public void A_short_series_is_sent_as_it_is_with_gaps_for_missing_points()
    {
        var side = ChartThinning.Side([1, double.NaN, 3], 1000, 60000);

        Assert.Equal([1, null, 3], side.Values);
        Assert.Equal(60000, side.Step);
        Assert.Null(side.Ecdf);
        Assert.Null(side.Count);
    }

    [Fact]
    public void A_long_series_keeps_its_spikes_and_its_distribution_in_a_fraction_of_the_points()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => i == 7_321 ? 500.0 : i == 2_000 ? -40.0 : 100 + i % 10).ToArray();
        values[5] = double.NaN;

        var side = ChartThinning.Side(values, 1000, 60000);

        Assert.Equal(2 * ChartThinning.Buckets, side.Values.Count);
        Assert.Equal(60000 * 10 / 2, side.Step);   // buckets of 10 samples, two values each
        Assert.Equal(10_000, side.Count);
        Assert.Equal(500.0, side.Values.Max());
        Assert.Equal(-40.0, side.Values.Min());
        Assert.Equal(500.0, side.Values[2 * 732 + 1]);   // the spike stays in its own bucket, after the bucket's min

        var ecdf = side.Ecdf!;
        Assert.Equal(ChartThinning.Buckets, ecdf.Count);
        Assert.Equal([500.0, 1.0], ecdf[^1]);
        Assert.All(ecdf.Zip(ecdf.Skip(1)), p => Assert.True(p.First[0] <= p.Second[0] && p.First[1] < p.Second[1]));
        // 9,999 finite samples: rank 10 (1-based) holds the 10th smallest value.
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        Assert.Equal([sorted[9], 10 / 9999.0], ecdf[0]);
    }
}
