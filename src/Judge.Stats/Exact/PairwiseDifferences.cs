namespace Judge.Stats.Exact;

/// <summary>
/// The nx·ny differences x[i] − y[j] as an implicit matrix M[i][c] = xs[i] − yd[c] (xs ascending, yd = y descending):
/// every row and column is ascending, also after rounding, because rounding is monotone. Nothing of size nx·ny is
/// ever stored. Counting the entries below a pivot is one O(nx + ny) staircase walk; the k-th smallest entry is
/// found by sample-based pivot selection over per-row candidate windows (Floyd–Rivest style, after Monahan's
/// selection in X − Y): an expected O(log N) rounds — in practice three or four — of O(nx + ny) work each.
/// </summary>
internal sealed class PairwiseDifferences
{
    // Once this few candidates remain they are gathered and selected directly: O(nx + ny) memory at most.
    private const int MinGatherLimit = 4096;
    private const int MaxSampleSize = 65536;

    private readonly double[] _x;
    // y descending behind a +∞ sentinel: column c of the matrix is _ySentinel[c + 1], and the walks stop at
    // _ySentinel[0] without a bounds test because x − ∞ = −∞ is below every (finite) pivot.
    private readonly double[] _ySentinel;
    private readonly int _gatherLimit;
    private readonly int _sampleSize;
    private readonly Random _random;
    private SelectionScratch? _scratch;

    /// <param name="x">experiment, ascending</param>
    /// <param name="y">control, ascending</param>
    public PairwiseDifferences(double[] x, double[] y)
        : this(x, y, Math.Max(MinGatherLimit, x.Length + y.Length), Math.Clamp((x.Length + y.Length) / 2, 256, MaxSampleSize))
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
        _ySentinel = new double[y.Length + 1];
        _ySentinel[0] = double.PositiveInfinity;
        for (var j = 0; j < y.Length; j++)
            _ySentinel[j + 1] = y[y.Length - 1 - j];
        Count = (long)x.Length * y.Length;
        if (!double.IsFinite(Min) || !double.IsFinite(Max))
            throw new ArgumentException(
                $"the differences between the samples overflow a double (range {Min} .. {Max}); values must stay below about 1e307");
        _gatherLimit = gatherLimit;
        _sampleSize = sampleSize;
        // Seeded from the sizes: pivots, results and running time are reproducible run to run.
        _random = new Random(unchecked(x.Length * 1_000_003 + y.Length));
    }

    /// <summary>N = nx·ny.</summary>
    public long Count { get; }

    private int Rows => _x.Length;

    private int Columns => _ySentinel.Length - 1;

    private double At(int row, int column) => _x[row] - _ySentinel[column + 1];

    /// <summary>D(1) = min(x) − max(y).</summary>
    public double Min => At(0, 0);

    /// <summary>D(N) = max(x) − min(y).</summary>
    public double Max => At(Rows - 1, Columns - 1);

    /// <summary>#{M &lt; p} and #{M ≤ p}.</summary>
    public (long Below, long AtMost) CountAround(double pivot)
    {
        var perRow = new int[Rows];
        var below = CountBelow(pivot, pivot, perRow, new int[Rows]).First;
        return (below, CountAtMost(pivot, perRow));
    }

    // Staircase walks: row i's count is the column pointer after it has moved left past every entry that fails the
    // test; the counts are non-increasing in i, so the pointer moves at most ny times in all. The computed difference
    // is compared with the pivot, so the counts agree with the values selected.

    /// <summary>
    /// #{M &lt; p} for two pivots at once, each row's count into its array. The two walks are interleaved and
    /// branch-free: the direction of each step depends on data no branch predictor can guess.
    /// </summary>
    private (long First, long Second) CountBelow(double first, double second, int[] firstPerRow, int[] secondPerRow)
    {
        var x = _x;
        var ys = _ySentinel;
        int rows = x.Length, i1 = 0, i2 = 0, c1 = ys.Length - 1, c2 = ys.Length - 1;
        while (i1 < rows && i2 < rows)
        {
            var d1 = x[i1] - ys[c1];
            var d2 = x[i2] - ys[c2];
            firstPerRow[i1] = c1;
            secondPerRow[i2] = c2;
            var advance1 = d1 < first ? 1 : 0;
            var advance2 = d2 < second ? 1 : 0;
            i1 += advance1;
            c1 += advance1 - 1;
            i2 += advance2;
            c2 += advance2 - 1;
        }
        FinishBelow(first, firstPerRow, i1, c1);
        FinishBelow(second, secondPerRow, i2, c2);
        return (Sum(firstPerRow), Sum(secondPerRow));
    }

    private void FinishBelow(double pivot, int[] perRow, int i, int c)
    {
        var x = _x;
        var ys = _ySentinel;
        while (i < x.Length)
        {
            var d = x[i] - ys[c];
            perRow[i] = c;
            var advance = d < pivot ? 1 : 0;
            i += advance;
            c += advance - 1;
        }
    }

    /// <summary>#{M ≤ p}, with each row's count in <paramref name="perRow"/>.</summary>
    private long CountAtMost(double pivot, int[] perRow)
    {
        var x = _x;
        var ys = _ySentinel;
        int i = 0, c = ys.Length - 1;
        while (i < x.Length)
        {
            var d = x[i] - ys[c];
            perRow[i] = c;
            var advance = d <= pivot ? 1 : 0;
            i += advance;
            c += advance - 1;
        }
        return Sum(perRow);
    }

    private static long Sum(int[] values)
    {
        var total = 0L;
        foreach (var v in values)
            total += v;
        return total;
    }

    /// <summary>The smallest difference strictly greater than <paramref name="value"/>, or +∞ when there is none.</summary>
    public double NextAbove(double value)
    {
        var perRow = new int[Rows];
        CountAtMost(value, perRow);
        var next = double.PositiveInfinity;
        for (var i = 0; i < Rows; i++)
            if (perRow[i] < Columns)
                next = Math.Min(next, At(i, perRow[i]));
        return next;
    }

    /// <summary>D(k) and D(k + 1) for 1 ≤ k &lt; N.</summary>
    public (double Kth, double Next) SelectPair(long k)
    {
        var kth = Select(k);
        return (kth, Successor(k, kth));
    }

    /// <summary>D(k + 1), given D(k).</summary>
    public double Successor(long k, double kth)
    {
        var (_, atMost) = CountAround(kth);
        return atMost > k ? kth : NextAbove(kth);
    }

    /// <summary>D(k): the k-th smallest difference, 1-based, repeated values kept.</summary>
    public double Select(long k) => SelectMany([k])[0];

    /// <summary>
    /// D(k) for each rank. Ranks close together (interval bounds and median) share the first rounds, which narrow
    /// the candidates to the span of the ranks; each rank then finishes on its own.
    /// </summary>
    public double[] SelectMany(ReadOnlySpan<long> ranks)
    {
        var results = new double[ranks.Length];
        long first = long.MaxValue, last = long.MinValue;
        foreach (var k in ranks)
        {
            if (k < 1 || k > Count)
                throw new ArgumentOutOfRangeException(nameof(ranks), k, $"rank must lie in 1..{Count}");
            if (k > 1 && k < Count)
                (first, last) = (Math.Min(first, k), Math.Max(last, k));
        }
        if (first == long.MaxValue)
        {
            for (var r = 0; r < ranks.Length; r++)
                results[r] = ranks[r] == 1 ? Min : Max;
            return results;
        }

        // Candidate window of row i: columns [Lo[i], Hi[i]). Everything left of Lo is known to lie below every
        // pending rank's value, everything from Hi on above it.
        var s = _scratch ??= new SelectionScratch(Rows, _sampleSize, _gatherLimit);
        Array.Clear(s.Lo);
        Array.Fill(s.Hi, Columns);
        var windows = new Windows(0, Count);
        if (first < last)
        {
            windows = NarrowToSpan(first, last, s, windows);
            s.Lo.CopyTo(s.SharedLo, 0);
            s.Hi.CopyTo(s.SharedHi, 0);
        }

        for (var r = 0; r < ranks.Length; r++)
        {
            var k = ranks[r];
            var earlier = ranks[..r].IndexOf(k);
            if (earlier >= 0)
            {
                results[r] = results[earlier];
                continue;
            }
            if (k == 1 || k == Count)
            {
                results[r] = k == 1 ? Min : Max;
                continue;
            }
            if (first < last)
            {
                s.SharedLo.CopyTo(s.Lo, 0);
                s.SharedHi.CopyTo(s.Hi, 0);
            }
            results[r] = SelectInWindows(k, s, windows);
        }
        return results;
    }

    private readonly record struct Windows(long Below, long Remaining);

    private Windows Measure(SelectionScratch s)
    {
        long below = 0, remaining = 0;
        for (var i = 0; i < Rows; i++)
        {
            below += s.Lo[i];
            remaining += s.Hi[i] - s.Lo[i];
        }
        return new Windows(below, remaining);
    }

    // Shared rounds for ranks first < last: pivots bracket the whole span, and narrowing stops once the windows are
    // not much larger than the span or a round stops paying.
    private Windows NarrowToSpan(long first, long last, SelectionScratch s, Windows windows)
    {
        var enough = Math.Max(_gatherLimit, 4 * (last - first + 1));
        while (windows.Remaining > enough)
        {
            var (low, high) = BracketingPivots(first - windows.Below, last - windows.Below, windows.Remaining, s.Lo, s.Hi, s.Sample);
            var (belowLow, belowHigh) = CountBelow(low, high, s.LowBelow, s.HighBelow);
            // Pivots are candidates, so every count lies inside its row's window and can become a window edge.
            var narrowed = false;
            if (first > belowLow)
            {
                (s.Lo, s.LowBelow) = (s.LowBelow, s.Lo);             // every rank's value >= low
                narrowed = true;
            }
            if (last <= belowLow)
            {
                (s.Hi, s.LowBelow) = (s.LowBelow, s.Hi);             // every rank's value < low (so Lo kept above)
                narrowed = true;
            }
            else if (last <= belowHigh)
            {
                (s.Hi, s.HighBelow) = (s.HighBelow, s.Hi);           // every rank's value < high
                narrowed = true;
            }
            var previous = windows.Remaining;
            windows = Measure(s);
            if (!narrowed || windows.Remaining > previous / 2)
                break;
        }
        return windows;
    }

    private double SelectInWindows(long k, SelectionScratch s, Windows windows)
    {
        while (windows.Remaining > _gatherLimit)
        {
            var rank = k - windows.Below;
            var (low, high) = BracketingPivots(rank, rank, windows.Remaining, s.Lo, s.Hi, s.Sample);
            var (belowLow, belowHigh) = CountBelow(low, high, s.LowBelow, s.HighBelow);
            if (k <= belowLow)
            {
                (s.Hi, s.LowBelow) = (s.LowBelow, s.Hi);             // D(k) < low
            }
            else if (k <= belowHigh)
            {
                (s.Lo, s.LowBelow) = (s.LowBelow, s.Lo);             // low <= D(k) < high
                (s.Hi, s.HighBelow) = (s.HighBelow, s.Hi);
            }
            else
            {
                // The "≤" walk also detects D(k) == high, which keeps heavily tied data from stalling.
                if (k <= CountAtMost(high, s.HighBelow))
                    return high;
                (s.Lo, s.HighBelow) = (s.HighBelow, s.Lo);           // D(k) > high
            }
            windows = Measure(s);
        }

        return SelectGathered(k - windows.Below, windows.Remaining, s.Lo, s.Hi, s.Gathered);
    }

    // Takes a systematic sample of the remaining candidates (evenly spaced in row order from a random start; each
    // row's window is sorted, so this is a stratified sample of the values) and returns two of its order statistics
    // that bracket the target's expected position with high probability: each round keeps a small fraction.
    private (double Low, double High) BracketingPivots(long firstRank, long lastRank, long remaining, int[] lo, int[] hi, double[] sample)
    {
        var size = sample.Length;
        var step = (double)remaining / size;
        var next = _random.NextDouble() * step;
        var taken = 0;
        var rowStart = 0L;
        for (var i = 0; i < Rows && taken < size; i++)
        {
            var rowEnd = rowStart + (hi[i] - lo[i]);
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

        var spread = 3.0 * Math.Sqrt(taken);
        var lowIndex = (int)Math.Clamp(Math.Floor((double)firstRank / remaining * taken - spread), 0, taken - 1);
        var highIndex = (int)Math.Clamp(Math.Ceiling((double)lastRank / remaining * taken + spread), lowIndex, taken - 1);
        var slice = sample.AsSpan(0, taken);
        var low = QuickSelect.Select(slice, lowIndex);
        // After the first selection everything right of lowIndex is >= low: the second one only searches there.
        var high = highIndex == lowIndex ? low : QuickSelect.Select(slice[(lowIndex + 1)..], highIndex - lowIndex - 1);
        return (low, high);
    }

    private double SelectGathered(long rankInWindows, long remaining, int[] lo, int[] hi, double[] buffer)
    {
        var values = buffer.AsSpan(0, (int)remaining);
        var n = 0;
        for (var i = 0; i < Rows; i++)
            for (var c = lo[i]; c < hi[i]; c++)
                values[n++] = At(i, c);
        return QuickSelect.Select(values, (int)(rankInWindows - 1));
    }

    private sealed class SelectionScratch(int rows, int sampleSize, int gatherLimit)
    {
        public int[] Lo { get; set; } = new int[rows];
        public int[] Hi { get; set; } = new int[rows];
        public int[] LowBelow { get; set; } = new int[rows];
        public int[] HighBelow { get; set; } = new int[rows];
        public double[] Sample { get; } = new double[sampleSize];
        public double[] Gathered { get; } = new double[gatherLimit];
        public int[] SharedLo { get; } = new int[rows];
        public int[] SharedHi { get; } = new int[rows];
    }
}
