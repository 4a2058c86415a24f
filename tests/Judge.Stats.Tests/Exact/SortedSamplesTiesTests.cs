using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

/// <summary>The pair counts and tie sums of two sorted samples agree with counting every pair and every group directly.</summary>
public class SortedSamplesTiesTests
{
    [Theory]
    [InlineData(0)]    // continuous: ties only by chance
    [InlineData(3)]    // three values: long runs, most of them in both samples
    [InlineData(12)]   // a dozen values: short runs, some in one sample only
    public void Counts_agree_with_counting_every_pair_and_group(int distinctValues)
    {
        var random = new Random(20261208 + distinctValues);
        for (var round = 0; round < 2000; round++)
        {
            var x = Sample(random, random.Next(1, 40), distinctValues);
            var y = Sample(random, random.Next(1, 40), distinctValues);

            var samples = SortedSamples.Create(x, y);

            Assert.Equal(x.Sum(a => (long)y.Count(b => a > b)), samples.GreaterPairs);
            Assert.Equal(x.Sum(a => (long)y.Count(b => a == b)), samples.EqualPairs);
            Assert.Equal(Ties(x) + Ties(y), samples.WithinSampleTies);
            Assert.Equal(Ties([.. x, .. y]), samples.PooledTies);
            Assert.Equal(Groups([.. x, .. y]) < x.Length + y.Length, samples.HasEqualValues);
            Assert.Equal(Groups([.. x, .. y]) == 1, samples.AllOneValue);
        }
    }

    [Fact]
    public void Samples_handed_over_sorted_count_as_samples_sorted_here()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            double[] x = Sample(random, random.Next(1, 30), round % 4 * 3), y = Sample(random, random.Next(1, 30), round % 4 * 3);
            var sorted = SortedSamples.Create(x, y);

            var handed = SortedSamples.FromSorted([.. x.Order()], [.. y.Order()]);

            Assert.Equal((sorted.GreaterPairs, sorted.EqualPairs, sorted.WithinSampleTies, sorted.PooledTies, sorted.HasEqualValues, sorted.AllOneValue),
                (handed.GreaterPairs, handed.EqualPairs, handed.WithinSampleTies, handed.PooledTies, handed.HasEqualValues, handed.AllOneValue));
        }
    }

    [Fact]
    public void Zero_and_negative_zero_are_one_value()
    {
        var samples = SortedSamples.Create([-0.0, 1.0], [0.0]);

        Assert.Equal(1, samples.GreaterPairs);
        Assert.Equal(1, samples.EqualPairs);
        Assert.Equal(6, samples.PooledTies);
        Assert.Equal(0, samples.WithinSampleTies);
        Assert.True(samples.HasEqualValues);
        Assert.True(SortedSamples.Create([0.0], [-0.0, 0.0]).AllOneValue);
    }

    // Values from a few levels (either sign of zero among them), or continuous when distinctValues is 0.
    private static double[] Sample(Random random, int count, int distinctValues) =>
        Enumerable.Range(0, count).Select(_ => distinctValues == 0
            ? random.NextDouble()
            : random.Next(distinctValues) is var level && level == 0 && random.Next(2) == 0 ? -0.0 : level).ToArray();

    // Adding 0.0 turns −0.0 into 0.0, the value it equals.
    private static IEnumerable<IGrouping<double, double>> Grouped(double[] values) => values.GroupBy(v => v + 0.0);

    private static int Groups(double[] values) => Grouped(values).Count();

    private static double Ties(double[] values) => Grouped(values).Sum(g => Math.Pow(g.Count(), 3) - g.Count());
}
