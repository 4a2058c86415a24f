using System.Buffers;

namespace Judge.Stats.Ranking;

/// <summary>
/// Sorts values ascending (together with their positions, when asked) by a least-significant-digit radix sort: each
/// double's bits are mapped to an unsigned integer in the order of the doubles, then sorted one byte at a time, stably,
/// skipping a byte every value shares (a series' values mostly share their sign and exponent). Linear in the count and
/// blind to the data's order, where a comparison sort's branches are mispredicted on fresh data about every other time.
/// </summary>
/// <remarks>
/// The high four bytes (sign, exponent and the leading 20 bits of the mantissa) are sorted over the whole array; the
/// low four only within each run of values that share their high four bytes, by insertion for a short run. Values
/// that agree in their first six or seven significant digits are rare in a metric series (and equal ones need no
/// reordering), so this mostly halves the passes.
/// </remarks>
internal static class RadixOrder
{
    private const ulong SignBit = 0x8000_0000_0000_0000;
    private const int Radix = 256;
    private const int DigitsPerHalf = sizeof(uint);
    private const int LowHalf = 0;
    private const int HighHalf = DigitsPerHalf;

    // Runs up to this long that share a high half are put in order by insertion.
    private const int InsertionRun = 32;

    /// <summary>Sorts <paramref name="values"/> ascending (no NaN) and applies the same permutation to
    /// <paramref name="positions"/> (if any); values with the same bits keep their order, and −0.0 comes before 0.0.</summary>
    public static void Sort(double[] values, int[]? positions)
    {
        var n = values.Length;
        if (n == 0)
            return;
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var keysSwap = ArrayPool<ulong>.Shared.Rent(n);
        var positionsSwap = positions is null ? null : ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
                keys[i] = OrderedKey(values[i]);
            var inKeys = SortDigits(new Run(keys, positions), new Run(keysSwap, positionsSwap), 0, n, HighHalf);
            var (sorted, scratch) = inKeys
                ? (new Run(keys, positions), new Run(keysSwap, positionsSwap))
                : (new Run(keysSwap, positionsSwap), new Run(keys, positions));
            for (var start = 0; start < n;)
            {
                var high = sorted.Keys[start] >> 32;
                var end = start + 1;
                while (end < n && sorted.Keys[end] >> 32 == high)
                    end++;
                if (end - start > 1)
                    SortLowHalves(sorted, scratch, start, end);
                start = end;
            }
            for (var i = 0; i < n; i++)
                values[i] = FromOrderedKey(sorted.Keys[i]);
            if (positions is not null && !ReferenceEquals(sorted.Positions, positions))
                sorted.Positions.AsSpan(0, n).CopyTo(positions);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(keysSwap);
            if (positionsSwap is not null)
                ArrayPool<int>.Shared.Return(positionsSwap);
        }
    }

    /// <summary>Keys and, if sorted along, their positions.</summary>
    private readonly record struct Run(ulong[] Keys, int[]? Positions);

    // Keys [start, end) that share their high halves, ordered by their low halves into the same slots of `sorted`.
    private static void SortLowHalves(Run sorted, Run scratch, int start, int end)
    {
        if (end - start <= InsertionRun)
        {
            InsertionSort(sorted, start, end);
            return;
        }
        if (SortDigits(sorted, scratch, start, end, LowHalf))
            return;
        Array.Copy(scratch.Keys, start, sorted.Keys, start, end - start);
        if (sorted.Positions is not null)
            Array.Copy(scratch.Positions!, start, sorted.Positions, start, end - start);
    }

    // Stable: a key moves left only past greater ones.
    private static void InsertionSort(Run run, int start, int end)
    {
        var (keys, positions) = run;
        for (var i = start + 1; i < end; i++)
        {
            var key = keys[i];
            var j = i - 1;
            if (keys[j] <= key)
                continue;
            var position = positions is null ? 0 : positions[i];
            for (; j >= start && keys[j] > key; j--)
            {
                keys[j + 1] = keys[j];
                if (positions is not null)
                    positions[j + 1] = positions[j];
            }
            keys[j + 1] = key;
            if (positions is not null)
                positions[j + 1] = position;
        }
    }

    /// <summary>
    /// Sorts keys [start, end) by the four bytes of one half, least significant first, stably, back and forth between
    /// the two runs; a byte every key there shares takes no pass. True when the result is in <paramref name="first"/>.
    /// </summary>
    private static bool SortDigits(Run first, Run second, int start, int end, int half)
    {
        // One pass counts the four bytes' values.
        Span<int> counts = stackalloc int[DigitsPerHalf * Radix]; // zeroed: the project does not skip locals init
        var shift = 8 * half;
        for (var i = start; i < end; i++)
        {
            var bytes = (uint)(first.Keys[i] >> shift);
            counts[(int)(bytes & 0xFF)]++;
            counts[Radix + (int)((bytes >> 8) & 0xFF)]++;
            counts[2 * Radix + (int)((bytes >> 16) & 0xFF)]++;
            counts[3 * Radix + (int)(bytes >> 24)]++;
        }
        var (from, to) = (first, second);
        for (var d = 0; d < DigitsPerHalf; d++)
        {
            var digit = half + d;
            var slots = counts.Slice(d * Radix, Radix);
            if (slots[Digit(from.Keys[start], digit)] == end - start)
                continue;
            var offset = start;
            for (var v = 0; v < Radix; v++)
                (slots[v], offset) = (offset, offset + slots[v]);
            if (from.Positions is null || to.Positions is null)
                Scatter(from.Keys, to.Keys, start, end, slots, digit);
            else
                Scatter(from.Keys, to.Keys, from.Positions, to.Positions, start, end, slots, digit);
            (from, to) = (to, from);
        }
        return ReferenceEquals(from.Keys, first.Keys);
    }

    private static void Scatter(ulong[] from, ulong[] to, int start, int end, Span<int> slots, int digit)
    {
        for (var i = start; i < end; i++)
        {
            var key = from[i];
            to[slots[Digit(key, digit)]++] = key;
        }
    }

    private static void Scatter(ulong[] from, ulong[] to, int[] fromPositions, int[] toPositions, int start, int end,
        Span<int> slots, int digit)
    {
        for (var i = start; i < end; i++)
        {
            var key = from[i];
            var slot = slots[Digit(key, digit)]++;
            to[slot] = key;
            toPositions[slot] = fromPositions[i];
        }
    }

    private static int Digit(ulong key, int digit) => (int)((key >> (8 * digit)) & 0xFF);

    // Non-negative doubles (sign bit clear) order as their bits do: set the sign bit to put them above every negative
    // one. Negative doubles order opposite to their bits: flip them all.
    private static ulong OrderedKey(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & SignBit) == 0 ? bits | SignBit : ~bits;
    }

    private static double FromOrderedKey(ulong key) =>
        BitConverter.UInt64BitsToDouble((key & SignBit) != 0 ? key & ~SignBit : ~key);
}
