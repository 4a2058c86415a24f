namespace Judge.Stats.Exact;

/// <summary>
/// The nx·ny differences x[i] − y[j] as an implicit matrix M[i][c] = xs[i] − yd[c] (xs ascending, yd = y descending):
/// every row and column is ascending, also after rounding, because rounding is monotone. Nothing of size nx·ny is
/// ever stored. Counting entries below a pivot is one O(nx + ny) staircase walk; the k-th smallest entry is found by
/// sample-based pivot selection over per-row candidate windows (Floyd–Rivest style, after Monahan's X − Y selection).
/// </summary>
internal sealed class PairwiseDifferences
{
    // Once this few candidates remain they are gathered and selected directly: O(nx + ny) memory at most.
    private const int MinGatherLimit = 4096;
    private const int MaxSampleSize = 16384;

    private readonly double[] _x;
    private readonly double[] _yDescending;
    private readonly int _gatherLimit;
    private readonly int _sampleSize;
    private readonly Random _random;

    /// <param name="x">experiment, ascending</param>
    /// <param name="y">control, ascending</param>
    public PairwiseDifferences(double[] x, double[] y)
        : this(x, y, Math.Max(MinGatherLimit, x.Length + y.Length), Math.Clamp((x.Length + y.Length) / 16, 256, MaxSampleSize))
    {
    }

    /// <param name="gatherLimit">candidates left when they are gathered and selected directly</param>
    /// <param name="sampleSize">candidates sampled per round to choose the pivots; at most <paramref name="gatherLimit"/></param>
    internal PairwiseDifferences(double[] x, double[] y, int gatherLimit, int sampleSize)
    {
        if (x.Length == 0 || y.Length == 0)
            throw new ArgumentException("both samples must hold at least one value");
        if (sampleSize < 1 || sampleSize > gatherLimit)
            throw new ArgumentOutOfRangeException(nameof(sampleSize), sampleSize, $"must lie in 1..{gatherLimit}");
        _x = x;
        _yDescending = y.Reverse().ToArray();
        Count = (long)x.Length * y.Length;
        _gatherLimit = gatherLimit;
        _sampleSize = sampleSize;
        // Seeded from the sizes: pivots, results and running time are reproducible run to run.
        _random = new Random(unchecked(x.Length * 1_000_003 + y.Length));
    }

    /// <summary>N = nx·ny.</summary>
    public long Count { get; }

    private int Rows => _x.Length;

    private int Columns => _yDescending.Length;

    private double At(int row, int column) => _x[row] - _yDescending[column];

    /// <summary>D(1) = min(x) − max(y).</summary>
    public double Min => At(0, 0);

    /// <summary>D(N) = max(x) − min(y).</summary>
    public double Max => At(Rows - 1, Columns - 1);

    /// <summary>#{M &lt; p} and #{M ≤ p}, each per row into the given arrays (when not null) and in total.</summary>
    public (long Below, long AtMost) CountAround(double pivot, int[]? belowPerRow = null, int[]? atMostPerRow = null)
    {
        var x = _x;
        var yd = _yDescending;
        int below = yd.Length, atMost = yd.Length;
        long totalBelow = 0, totalAtMost = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            // The computed difference is compared with the pivot, so counts agree with the values selected.
            while (atMost > 0 && !(xi - yd[atMost - 1] <= pivot))
                atMost--;
            if (below > atMost)
                below = atMost;
            while (below > 0 && !(xi - yd[below - 1] < pivot))
                below--;
            if (belowPerRow is not null)
                belowPerRow[i] = below;
            if (atMostPerRow is not null)
                atMostPerRow[i] = atMost;
            totalBelow += below;
            totalAtMost += atMost;
        }
        return (totalBelow, totalAtMost);
    }

    /// <summary>The smallest difference strictly greater than <paramref name="value"/>, or +∞ when there is none.</summary>
    public double NextAbove(double value)
    {
        var x = _x;
        var yd = _yDescending;
        var atMost = yd.Length;
        var next = double.PositiveInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            while (atMost > 0 && !(x[i] - yd[atMost - 1] <= value))
                atMost--;
            if (atMost < yd.Length)
                next = Math.Min(next, x[i] - yd[atMost]);
        }
        return next;
    }

    /// <summary>D(k) and D(k + 1) for 1 ≤ k &lt; N.</summary>
    public (double Kth, double Next) SelectPair(long k)
    {
        var kth = Select(k);
        var (_, atMost) = CountAround(kth);
        return (kth, atMost > k ? kth : NextAbove(kth));
    }

    /// <summary>D(k): the k-th smallest difference, 1-based, repeated values kept.</summary>
    public double Select(long k)
    {
        if (k < 1 || k > Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"rank must lie in 1..{Count}");
        if (k == 1)
            return Min;
        if (k == Count)
            return Max;

        // Candidate window of row i: columns [lo[i], hi[i]). Everything left of lo is known to be < D(k),
        // everything from hi on is known to be > D(k).
        var lo = new int[Rows];
        var hi = new int[Rows];
        Array.Fill(hi, Columns);
        var belowWindows = 0L;
        var remaining = Count;

        var lowBelow = new int[Rows];
        var lowAtMost = new int[Rows];
        var highBelow = new int[Rows];
        var highAtMost = new int[Rows];
        var rowStart = new long[Rows + 1];
        var sample = new double[_sampleSize];

        while (remaining > _gatherLimit)
        {
            var (low, high) = BracketingPivots(k - belowWindows, remaining, lo, hi, rowStart, sample);
            var (lowLess, lowLeq) = CountAround(low, lowBelow, lowAtMost);
            if (lowLess < k && k <= lowLeq)
                return low;
            if (k <= lowLess)
            {
                ShrinkFromAbove(hi, lowBelow);
            }
            else
            {
                var (highLess, highLeq) = CountAround(high, highBelow, highAtMost);
                if (highLess < k && k <= highLeq)
                    return high;
                if (k <= highLess)
                    ShrinkFromAbove(hi, highBelow);
                ShrinkFromBelow(lo, hi, k <= highLess ? lowAtMost : highAtMost);
            }

            (belowWindows, remaining) = (0L, 0L);
            for (var i = 0; i < Rows; i++)
            {
                if (lo[i] > hi[i])
                    lo[i] = hi[i];
                belowWindows += lo[i];
                remaining += hi[i] - lo[i];
            }
        }

        return SelectGathered(k - belowWindows, remaining, lo, hi);
    }

    private static void ShrinkFromAbove(int[] hi, int[] belowPivot)
    {
        for (var i = 0; i < hi.Length; i++)
            hi[i] = Math.Min(hi[i], belowPivot[i]);
    }

    private static void ShrinkFromBelow(int[] lo, int[] hi, int[] atMostPivot)
    {
        for (var i = 0; i < lo.Length; i++)
            lo[i] = Math.Min(Math.Max(lo[i], atMostPivot[i]), hi[i]);
    }

    // Draws a random sample of the remaining candidates and returns two of its order statistics that bracket the
    // target's expected position with high probability, so each round keeps only a small fraction of the candidates.
    private (double Low, double High) BracketingPivots(long rankInWindows, long remaining, int[] lo, int[] hi, long[] rowStart, double[] sample)
    {
        for (var i = 0; i < Rows; i++)
            rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i]);

        var size = sample.Length;
        for (var s = 0; s < size; s++)
        {
            var r = _random.NextInt64(remaining);
            var row = RowHolding(rowStart, r);
            sample[s] = At(row, lo[row] + (int)(r - rowStart[row]));
        }
        Array.Sort(sample);

        var position = (double)rankInWindows / remaining * size;
        var spread = 3.0 * Math.Sqrt(size);
        var low = (int)Math.Clamp(Math.Floor(position - spread), 0, size - 1);
        var high = (int)Math.Clamp(Math.Ceiling(position + spread), 0, size - 1);
        return (sample[low], sample[high]);
    }

    // The row whose window holds candidate number r: the last row with rowStart[row] <= r and a non-empty window.
    private static int RowHolding(long[] rowStart, long r)
    {
        int left = 0, right = rowStart.Length - 2;
        while (left < right)
        {
            var mid = (left + right + 1) >>> 1;
            if (rowStart[mid] <= r)
                left = mid;
            else
                right = mid - 1;
        }
        return left;
    }

    private double SelectGathered(long rankInWindows, long remaining, int[] lo, int[] hi)
    {
        var values = new double[remaining];
        var n = 0;
        for (var i = 0; i < Rows; i++)
            for (var c = lo[i]; c < hi[i]; c++)
                values[n++] = At(i, c);
        return QuickSelect.Select(values, (int)(rankInWindows - 1));
    }
}
