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
    private SelectionScratch? _scratch;

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
    public (long Below, long AtMost) CountAround(double pivot, int[]? belowPerRow = null, int[]? atMostPerRow = null) =>
        CountAround(pivot, null, null, belowPerRow, atMostPerRow);

    // Staircase walk. With windows, the pivot must be a candidate inside them: then entries left of lo[i] are below
    // the pivot and entries from hi[i] on are above it, so each row's pointer only moves inside its window and a
    // round costs O(nx + candidates left) instead of O(nx + ny).
    private (long Below, long AtMost) CountAround(double pivot, int[]? lo, int[]? hi, int[]? belowPerRow, int[]? atMostPerRow)
    {
        var x = _x;
        var yd = _yDescending;
        int below = yd.Length, atMost = yd.Length;
        long totalBelow = 0, totalAtMost = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            var floor = 0;
            if (lo is not null && hi is not null)
            {
                floor = lo[i];
                atMost = Math.Clamp(atMost, floor, hi[i]);
            }
            // The computed difference is compared with the pivot, so counts agree with the values selected.
            while (atMost > floor && !(xi - yd[atMost - 1] <= pivot))
                atMost--;
            below = Math.Clamp(below, floor, atMost);
            while (below > floor && !(xi - yd[below - 1] < pivot))
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
        // everything from hi on is known to be > D(k). Both are non-increasing in i, like every staircase.
        var s = _scratch ??= new SelectionScratch(Rows, _sampleSize);
        var (lo, hi) = (s.Lo, s.Hi);
        Array.Clear(lo);
        Array.Fill(hi, Columns);
        var belowWindows = 0L;
        var remaining = Count;

        while (remaining > _gatherLimit)
        {
            var (low, high) = BracketingPivots(k - belowWindows, remaining, lo, hi, s.Sample);
            var (lowLess, lowLeq) = CountAround(low, lo, hi, s.LowBelow, s.LowAtMost);
            if (lowLess < k && k <= lowLeq)
                return low;
            if (k <= lowLess)
            {
                CopyMin(hi, s.LowBelow);
            }
            else
            {
                var (highLess, highLeq) = CountAround(high, lo, hi, s.HighBelow, s.HighAtMost);
                if (highLess < k && k <= highLeq)
                    return high;
                if (k <= highLess)
                {
                    CopyMin(hi, s.HighBelow);
                    CopyMax(lo, s.LowAtMost);
                }
                else
                {
                    CopyMax(lo, s.HighAtMost);
                }
            }

            (belowWindows, remaining) = (0L, 0L);
            for (var i = 0; i < Rows; i++)
            {
                belowWindows += lo[i];
                remaining += hi[i] - lo[i];
            }
        }

        return SelectGathered(k - belowWindows, remaining, lo, hi);
    }

    // The counts come from pivots inside the windows, so they already lie within [lo[i], hi[i]].
    private static void CopyMin(int[] target, int[] counts)
    {
        for (var i = 0; i < target.Length; i++)
            target[i] = Math.Min(target[i], counts[i]);
    }

    private static void CopyMax(int[] target, int[] counts)
    {
        for (var i = 0; i < target.Length; i++)
            target[i] = Math.Max(target[i], counts[i]);
    }

    // Takes a systematic sample of the remaining candidates (evenly spaced in row order from a random start; each
    // row's window is sorted, so this is a stratified sample of the values) and returns two of its order statistics
    // that bracket the target's expected position with high probability: each round keeps a small fraction.
    private (double Low, double High) BracketingPivots(long rankInWindows, long remaining, int[] lo, int[] hi, double[] sample)
    {
        var size = sample.Length;
        var step = (double)remaining / size;
        var next = _random.NextDouble() * step;
        var taken = 0;
        var rowStart = 0L;
        for (var i = 0; i < Rows && taken < size; i++)
        {
            var width = hi[i] - lo[i];
            var rowEnd = rowStart + width;
            while (taken < size)
            {
                var position = Math.Min((long)next, remaining - 1);
                if (position >= rowEnd)
                    break;
                sample[taken++] = At(i, lo[i] + (int)(position - rowStart));
                next += step;
            }
            rowStart = rowEnd;
        }

        var target = (double)rankInWindows / remaining * taken;
        var spread = 3.0 * Math.Sqrt(taken);
        var lowIndex = (int)Math.Clamp(Math.Floor(target - spread), 0, taken - 1);
        var highIndex = (int)Math.Clamp(Math.Ceiling(target + spread), 0, taken - 1);
        var slice = sample.AsSpan(0, taken);
        return (QuickSelect.Select(slice, lowIndex), QuickSelect.Select(slice, highIndex));
    }

    private double SelectGathered(long rankInWindows, long remaining, int[] lo, int[] hi)
    {
        var values = new double[remaining];
        var n = 0;
        for (var i = 0; i < Rows; i++)
            for (var c = lo[i]; c < hi[i]; c++)
                values[n++] = At(i, c);
        return QuickSelect.Select(values.AsSpan(), (int)(rankInWindows - 1));
    }

    private sealed class SelectionScratch(int rows, int sampleSize)
    {
        public int[] Lo { get; } = new int[rows];
        public int[] Hi { get; } = new int[rows];
        public int[] LowBelow { get; } = new int[rows];
        public int[] LowAtMost { get; } = new int[rows];
        public int[] HighBelow { get; } = new int[rows];
        public int[] HighAtMost { get; } = new int[rows];
        public double[] Sample { get; } = new double[sampleSize];
    }
}
