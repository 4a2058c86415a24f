using System.Buffers;

namespace Judge.Stats.Ranking;

/// <summary>
/// Sorts values ascending (together with their positions, when asked) by a least-significant-digit radix sort: each
/// double's bits are mapped to an unsigned integer in the order of the doubles, then sorted one byte at a time, stably,
/// skipping a byte every value shares (a series' values mostly share their sign and exponent). Linear in the count and
/// blind to the data's order, where a comparison sort's branches are mispredicted on fresh data about every other time.
/// </summary>
internal static class RadixOrder
{
    private const ulong SignBit = 0x8000_0000_0000_0000;
    private const int Digits = sizeof(ulong);
    private const int Radix = 256;

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
            // One pass counts every byte's values; a byte every value shares needs no pass of its own.
            Span<int> counts = stackalloc int[Digits * Radix]; // zeroed: the project does not skip locals init
            for (var i = 0; i < n; i++)
            {
                var key = OrderedKey(values[i]);
                keys[i] = key;
                counts[(int)(key & 0xFF)]++;
                counts[Radix + (int)((key >> 8) & 0xFF)]++;
                counts[2 * Radix + (int)((key >> 16) & 0xFF)]++;
                counts[3 * Radix + (int)((key >> 24) & 0xFF)]++;
                counts[4 * Radix + (int)((key >> 32) & 0xFF)]++;
                counts[5 * Radix + (int)((key >> 40) & 0xFF)]++;
                counts[6 * Radix + (int)((key >> 48) & 0xFF)]++;
                counts[7 * Radix + (int)(key >> 56)]++;
            }
            var (from, to) = (keys, keysSwap);
            var (fromPositions, toPositions) = (positions, positionsSwap);
            for (var d = 0; d < Digits; d++)
            {
                var slots = counts.Slice(d * Radix, Radix);
                if (slots[Digit(from[0], d)] == n)
                    continue;
                var start = 0;
                for (var v = 0; v < Radix; v++)
                    (slots[v], start) = (start, start + slots[v]);
                if (fromPositions is null || toPositions is null)
                    Scatter(from, to, n, slots, d);
                else
                    Scatter(from, to, fromPositions, toPositions, n, slots, d);
                (from, to) = (to, from);
                (fromPositions, toPositions) = (toPositions, fromPositions);
            }
            for (var i = 0; i < n; i++)
                values[i] = FromOrderedKey(from[i]);
            if (positions is not null && !ReferenceEquals(fromPositions, positions))
                fromPositions!.AsSpan(0, n).CopyTo(positions);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(keysSwap);
            if (positionsSwap is not null)
                ArrayPool<int>.Shared.Return(positionsSwap);
        }
    }

    private static void Scatter(ulong[] from, ulong[] to, int n, Span<int> slots, int digit)
    {
        for (var i = 0; i < n; i++)
        {
            var key = from[i];
            to[slots[Digit(key, digit)]++] = key;
        }
    }

    private static void Scatter(ulong[] from, ulong[] to, int[] fromPositions, int[] toPositions, int n, Span<int> slots, int digit)
    {
        for (var i = 0; i < n; i++)
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
