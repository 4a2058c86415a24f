using Judge.Stats.Ranking;

namespace Judge.Stats.Tests.Ranking;

/// <summary>
/// The radix sort against its definition: the values ascending (as a comparison sort orders them), each position
/// pointing at its value, equal values in their input order, and −0.0 before 0.0 (its key is the smaller).
/// </summary>
public class RadixOrderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(257)]
    [InlineData(5000)]
    public void Sorts_values_of_every_kind_with_their_positions(int count)
    {
        var random = new Random(count);
        var values = Enumerable.Range(0, count).Select(_ => AnyValue(random)).ToArray();
        AssertSortedWithPositions(values);
    }

    [Fact]
    public void Latency_like_values_sharing_their_sign_and_exponent_are_sorted()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 3000).Select(_ => 100 + random.NextDouble() * 20).ToArray();
        AssertSortedWithPositions(values);
    }

    [Fact]
    public void Values_differing_in_one_byte_only_are_sorted()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 600)
            .Select(_ => BitConverter.UInt64BitsToDouble(0x4059_0000_0000_0000UL | ((ulong)random.Next(256) << 24)))
            .ToArray();
        AssertSortedWithPositions(values);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(40, 2)]
    [InlineData(3000, 7)]
    [InlineData(3000, 900)]
    public void Values_that_agree_in_their_high_bytes_are_ordered_by_the_low_ones(int count, int clusters)
    {
        // Clusters of values a few ulps to a few million ulps apart, both signs, repeats among them: runs that share the
        // high four bytes, some short (insertion), some long (a radix pass of their own), some of one value only.
        var random = new Random(count + clusters);
        var centres = Enumerable.Range(0, clusters).Select(_ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-5, 6))).ToArray();
        var values = Enumerable.Range(0, count).Select(_ =>
        {
            var centre = BitConverter.DoubleToInt64Bits(centres[random.Next(clusters)]);
            var spread = random.Next(3) switch { 0 => 0, 1 => random.Next(8), _ => random.Next(4_000_000) };
            return BitConverter.Int64BitsToDouble(centre + spread);
        }).ToArray();
        AssertSortedWithPositions(values);
    }

    [Fact]
    public void One_value_repeated_keeps_every_position()
    {
        var values = Enumerable.Repeat(3.5, 700).ToArray();
        var positions = Enumerable.Range(0, values.Length).ToArray();
        RadixOrder.Sort(values, positions);
        Assert.All(values, v => Assert.Equal(3.5, v));
        Assert.Equal(Enumerable.Range(0, values.Length), positions);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    [InlineData(5000)]
    public void Sorts_values_alone_as_with_their_positions(int count)
    {
        var random = new Random(count + 1);
        var values = Enumerable.Range(0, count).Select(_ => AnyValue(random)).ToArray();
        var withPositions = (double[])values.Clone();
        RadixOrder.Sort(withPositions, Enumerable.Range(0, count).ToArray());
        RadixOrder.Sort(values, null);
        Assert.Equal(withPositions.Select(BitConverter.DoubleToInt64Bits), values.Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [InlineData(AscendingSort.RadixFrom - 1)]
    [InlineData(AscendingSort.RadixFrom)]
    public void Either_sort_orders_a_series_as_the_runtime_does(int count)
    {
        var values = RoundedValues(count);
        var positions = Enumerable.Range(0, count).ToArray();
        var alone = (double[])values.Clone();
        var expected = (double[])values.Clone();
        Array.Sort(expected);
        AscendingSort.Sort(alone);
        var original = (double[])values.Clone();
        AscendingSort.Sort(values, positions);
        Assert.Equal(expected, alone);
        Assert.Equal(expected, values);
        Assert.Equal(values, positions.Select(p => original[p]));
    }

    [Theory]
    [InlineData(AscendingSort.RadixFrom - 1)]
    [InlineData(AscendingSort.RadixFrom)]
    public void Average_ranks_on_either_side_of_the_radix_sort_match_their_definition(int count)
    {
        var values = RoundedValues(count);
        var ranks = AverageRanks.Of(values);
        var sorted = values.Order().ToArray();
        for (var i = 0; i < count; i += 37)
        {
            var below = sorted.Count(v => v < values[i]);
            var equal = sorted.Count(v => v == values[i]);
            Assert.Equal(below + (equal + 1) / 2.0, ranks[i]);
        }
    }

    // Three significant digits: many ties, as rounded series have.
    private static double[] RoundedValues(int count)
    {
        var random = new Random(count);
        return [.. Enumerable.Range(0, count).Select(_ => Math.Round(random.NextDouble() * 100, 1) - 50)];
    }

    private static void AssertSortedWithPositions(double[] values)
    {
        var original = (double[])values.Clone();
        var positions = Enumerable.Range(0, values.Length).ToArray();
        RadixOrder.Sort(values, positions);

        var expected = (double[])original.Clone();
        Array.Sort(expected);
        Assert.Equal(expected, values);
        Assert.Equal(Enumerable.Range(0, values.Length), positions.Order());
        for (var i = 0; i < values.Length; i++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(original[positions[i]]), BitConverter.DoubleToInt64Bits(values[i]));
        for (var i = 1; i < values.Length; i++)
        {
            var (previous, current) = (BitConverter.DoubleToInt64Bits(values[i - 1]), BitConverter.DoubleToInt64Bits(values[i]));
            if (previous == current)
                Assert.True(positions[i - 1] < positions[i], $"equal values at {i - 1} and {i} are out of their input order");
            else if (values[i - 1] == values[i])
                Assert.True(double.IsNegative(values[i - 1]) && !double.IsNegative(values[i]), "−0.0 sorts before 0.0");
        }
    }

    // Negative and positive, zeros of both signs, infinities, subnormals, repeats and values a few ulps apart.
    private static double AnyValue(Random random) => random.Next(10) switch
    {
        0 => 0.0,
        1 => -0.0,
        2 => random.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity,
        3 => double.Epsilon * random.Next(1, 1000) * (random.Next(2) == 0 ? 1 : -1),
        4 => random.Next(5),
        5 => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1.0) + random.Next(4)),
        6 => -Math.Exp(random.NextDouble() * 700),
        _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)),
    };
}
