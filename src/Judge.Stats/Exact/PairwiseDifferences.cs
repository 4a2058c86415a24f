using System.Buffers;

namespace Judge.Stats.Exact;

/// <summary>
/// The nx·ny differences x[i] − y[j] as an implicit matrix M[i][c] = xs[i] − yd[c] (xs ascending, yd = y descending):
/// every row and column is ascending, also after rounding, because rounding is monotone. Nothing of size nx·ny is
/// ever stored. Counting the entries below a pivot is one O(nx + ny) staircase walk; the k-th smallest entry is
/// found over per-row candidate windows (after Monahan's selection in X − Y): one round with pivots from a stratified
/// sample, then rounds with pivots interpolated between the values bounding the candidates — usually two or three
/// rounds of O(nx + ny) work in all — and a direct selection among the few candidates left.
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
    /// #{M &lt; p} for two pivots at once, each row's count into its array. Each pivot's staircase is split at the
    /// middle row (where the lower half's walk starts from that row's count, found by a binary search), and the four
    /// walks are interleaved and branch-free: a step waits on the one before it in the same walk only, so the CPU
    /// overlaps the four, and the direction of each step depends on data no branch predictor can guess.
    /// </summary>
    private (long First, long Second) CountBelow(double first, double second, int[] firstPerRow, int[] secondPerRow)
    {
        var x = _x;
        var ys = _ySentinel;
        int rows = x.Length, middle = rows / 2;
        int i1 = 0, i2 = 0, c1 = ys.Length - 1, c2 = ys.Length - 1;
        int i3 = middle, i4 = middle, c3 = RowCountBelow(middle, first), c4 = RowCountBelow(middle, second);
        while (i1 < middle && i2 < middle && i3 < rows && i4 < rows)
        {
            var d1 = x[i1] - ys[c1];
            var d2 = x[i2] - ys[c2];
            var d3 = x[i3] - ys[c3];
            var d4 = x[i4] - ys[c4];
            firstPerRow[i1] = c1;
            secondPerRow[i2] = c2;
            firstPerRow[i3] = c3;
            secondPerRow[i4] = c4;
            var advance1 = d1 < first ? 1 : 0;
            var advance2 = d2 < second ? 1 : 0;
            var advance3 = d3 < first ? 1 : 0;
            var advance4 = d4 < second ? 1 : 0;
            i1 += advance1;
            c1 += advance1 - 1;
            i2 += advance2;
            c2 += advance2 - 1;
            i3 += advance3;
            c3 += advance3 - 1;
            i4 += advance4;
            c4 += advance4 - 1;
        }
        FinishBelow(first, firstPerRow, i1, c1, middle);
        FinishBelow(second, secondPerRow, i2, c2, middle);
        FinishBelow(first, firstPerRow, i3, c3, rows);
        FinishBelow(second, secondPerRow, i4, c4, rows);
        return (Sum(firstPerRow), Sum(secondPerRow));
    }

    // #{c : M[row][c] < p}, by binary search along the row (ascending).
    private int RowCountBelow(int row, double pivot)
    {
        int low = 0, high = Columns;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (At(row, mid) < pivot)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    private void FinishBelow(double pivot, int[] perRow, int i, int c, int end)
    {
        var x = _x;
        var ys = _ySentinel;
        while (i < end)
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

    // Row counts sum to at most N: below 2^31 the runtime's vectorised int sum cannot overflow.
    private long Sum(int[] values)
    {
        if (Count <= int.MaxValue)
            return values.Sum();
        var total = 0L;
        foreach (var v in values)
            total += v;
        return total;
    }

    /// <summary>The smallest difference strictly greater than <paramref name="value"/>, or +∞ when there is none.</summary>
    public double NextAbove(double value)
    {
        var perRow = Scratch.LowBelow;
        CountAtMost(value, perRow);
        return SmallestPast(perRow);
    }

    // The smallest entry right of each row's count (+∞ when every row is exhausted).
    private double SmallestPast(int[] perRow)
    {
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
        var perRow = Scratch.LowBelow;
        return CountAtMost(kth, perRow) > k ? kth : SmallestPast(perRow);
    }

    /// <summary>D(k): the k-th smallest difference, 1-based, repeated values kept.</summary>
    public double Select(long k) => SelectMany([k])[0];

    /// <summary>
    /// D(k) for each rank (repeated ranks selected once). The ranks share one sampled round whose pivots bracket all of
    /// them (the bounds and the median of an interval lie close together in rank); from that bracket each rank is
    /// narrowed by interpolated rounds (<see cref="NarrowByInterpolation"/>), by more sampled rounds only if those stall,
    /// and selected directly among the few candidates left — where a later rank falls among the candidates already
    /// gathered for an earlier one (the median and its successor), it is selected there without another walk.
    /// </summary>
    public double[] SelectMany(ReadOnlySpan<long> ranks)
    {
        var results = new double[ranks.Length];
        foreach (var k in ranks)
            if (k < 1 || k > Count)
                throw new ArgumentOutOfRangeException(nameof(ranks), k, $"rank must lie in 1..{Count}");

        var order = new int[ranks.Length];
        for (var r = 0; r < order.Length; r++)
            order[r] = r;
        var keys = ranks.ToArray();
        Array.Sort(keys, order);

        var s = Scratch;
        var shared = SharedRound(keys, s);
        var gathered = new Gathered(this);
        try
        {
            for (var r = 0; r < keys.Length; r++)
            {
                var k = keys[r];
                if (r > 0 && keys[r - 1] == k)
                    results[order[r]] = results[order[r - 1]];
                else if (k == 1 || k == Count)
                    results[order[r]] = k == 1 ? Min : Max;
                else if (gathered.Holds(k))
                    results[order[r]] = gathered.Select(k);
                else
                    results[order[r]] = SelectOne(k, s, shared, ref gathered);
            }
        }
        finally
        {
            gathered.Release();
        }
        return results;
    }

    // Ranks share a round when they lie within this fraction (1/4) of the N differences.
    private const int SharedSpanLimit = 4;

    /// <summary>
    /// One sampled round whose pivots bracket every rank strictly inside 1..N: the window all of them start from, kept
    /// in the scratch's shared rows; the whole matrix when there is one such rank, the ranks lie far apart, there are
    /// too few candidates to sample, or the pivots missed a rank.
    /// </summary>
    private Bracket SharedRound(long[] ascending, SelectionScratch s)
    {
        var whole = new Bracket(0, Count, Min, Max);
        long first = 0, last = 0;
        var inner = 0;
        foreach (var k in ascending)
            if (k > 1 && k < Count && k != last)
            {
                first = inner == 0 ? k : first;
                last = k;
                inner++;
            }
        // Ranks far apart (a wide interval) share too wide a bracket: interpolation inside it stalls, and a round aimed
        // at each rank costs less.
        if (inner < 2 || Count <= InterpolationGoal || (last - first) * SharedSpanLimit > Count)
            return whole;
        Array.Clear(s.Lo);
        Array.Fill(s.Hi, Columns);
        var (low, high) = BracketingPivots(first, last, Count, s.Lo, s.Hi);
        var (belowLow, belowHigh) = CountBelow(low, high, s.SharedLo, s.SharedHi);
        if (first <= belowLow || last > belowHigh)
            return whole;
        // low <= D(first) <= D(last) < high: row i's candidates are columns [SharedLo[i], SharedHi[i]).
        return new Bracket(belowLow, belowHigh - belowLow, low, high);
    }

    /// <summary>
    /// The candidates last gathered for a selection, partitioned around the last rank selected among them; any rank
    /// that falls among them is selected there. Rented from the shared pool until <see cref="Release"/>.
    /// </summary>
    private struct Gathered(PairwiseDifferences owner)
    {
        private double[]? _buffer;
        private long _below;
        private int _count;
        private int _selected;

        public readonly bool Holds(long k) => _buffer is not null && k - _below - 1 > _selected && k <= _below + _count;

        /// <summary>Row i's columns [lo[i], hi[i]) into the buffer, <paramref name="below"/> entries left of them.</summary>
        public void Gather(long below, long remaining, int[] lo, int[] hi)
        {
            Release();
            _buffer = ArrayPool<double>.Shared.Rent((int)remaining);
            var n = 0;
            for (var i = 0; i < owner.Rows; i++)
                for (var c = lo[i]; c < hi[i]; c++)
                    _buffer[n++] = owner.At(i, c);
            (_below, _count, _selected) = (below, n, -1);
        }

        /// <summary>D(k) for a rank <see cref="Holds"/> accepts: selected right of the last one selected, which
        /// left everything to its right no smaller than itself.</summary>
        public double Select(long k)
        {
            var index = (int)(k - _below - 1);
            var from = _selected + 1;
            var value = QuickSelect.Select(_buffer.AsSpan(from, _count - from), index - from);
            _selected = index;
            return value;
        }

        public void Release()
        {
            if (_buffer is not null)
                ArrayPool<double>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private SelectionScratch Scratch => _scratch ??= new SelectionScratch(Rows);

    // Interpolation rounds stop once this few candidates remain: gathering and selecting them costs about one walk.
    private long InterpolationGoal => Math.Min(_gatherLimit, Math.Max(64, (Rows + Columns) / 4));

    private const int MaxInterpolationRounds = 12;

    /// <summary>
    /// The candidates still holding D(k): row i's columns [Lo[i], Hi[i]) of the scratch, <see cref="Below"/> entries
    /// left of them (all below D(k)) and <see cref="Remaining"/> inside; every candidate lies in [Low, High].
    /// </summary>
    private readonly record struct Bracket(long Below, long Remaining, double Low, double High);

    private double SelectOne(long k, SelectionScratch s, Bracket shared, ref Gathered gathered)
    {
        // Candidate window of row i: columns [Lo[i], Hi[i]). Everything left of Lo is known to lie below D(k),
        // everything from Hi on above it.
        var bracket = shared;
        if (shared.Remaining == Count)
        {
            Array.Clear(s.Lo);
            Array.Fill(s.Hi, Columns);
        }
        else
        {
            Array.Copy(s.SharedLo, s.Lo, Rows);
            Array.Copy(s.SharedHi, s.Hi, Rows);
        }
        var goal = InterpolationGoal;
        if (bracket.Remaining > goal)
        {
            if (shared.Remaining == Count)
            {
                // One sampled round first: interpolation over the whole range fails on heavy tails, within the
                // sampled bracket the distribution is smooth enough.
                var (sampled, found) = SampledRound(k, s, bracket);
                if (found is { } value)
                    return value;
                bracket = sampled;
            }
            bracket = NarrowByInterpolation(k, s, bracket, goal);
        }
        // Sampled rounds while more than a few times the goal remain (interpolation stalls where the bracket is wide and
        // the distribution inside it uneven, as a shared bracket over far-apart ranks can be): selecting directly among
        // thousands costs more than a round.
        var gatherAt = Math.Min(_gatherLimit, 4 * goal);
        while (bracket.Remaining > gatherAt)
        {
            var (next, found) = SampledRound(k, s, bracket);
            if (found is { } value)
                return value;
            bracket = next;
        }
        gathered.Gather(bracket.Below, bracket.Remaining, s.Lo, s.Hi);
        return gathered.Select(k);
    }

    /// <summary>
    /// Rounds that aim two pivots at ranks k ± margin by linear interpolation between the values bounding the
    /// candidates, and count both in one interleaved walk. Within a bracket the differences' distribution is smooth,
    /// so each round cuts the candidates by about an order of magnitude; the margin follows the last round's
    /// interpolation error. Stops when a round no longer cuts an eighth of the candidates (heavy ties, or values too
    /// close for a pivot between them): the sampled rounds carry on from there.
    /// </summary>
    private Bracket NarrowByInterpolation(long k, SelectionScratch s, Bracket bracket, long goal)
    {
        var margin = Math.Max(goal / 4.0, bracket.Remaining / 64.0);
        for (var round = 0; round < MaxInterpolationRounds && bracket.Remaining > goal; round++)
        {
            var (below, remaining, low, high) = bracket;
            var rank = k - below;
            double aimLow = rank - margin, aimHigh = rank + margin;
            var pivotLow = Interpolate(low, high, aimLow / remaining);
            var pivotHigh = Interpolate(low, high, aimHigh / remaining);
            if (!double.IsFinite(pivotLow) || !double.IsFinite(pivotHigh))
                break;
            var (belowLow, belowHigh) = CountBelow(pivotLow, pivotHigh, s.LowBelow, s.HighBelow);
            var error = Math.Max(Math.Abs(belowLow - below - aimLow), Math.Abs(belowHigh - below - aimHigh));
            // The windows' bounds are the counts of the walks they came from, so their sums are those counts.
            long lowSum = below, highSum = below + remaining;
            if (k <= belowLow)
            {
                (s.Hi, s.LowBelow) = (s.LowBelow, s.Hi);             // D(k) < pivotLow
                (high, highSum) = (pivotLow, belowLow);
            }
            else if (k <= belowHigh)
            {
                (s.Lo, s.LowBelow) = (s.LowBelow, s.Lo);             // pivotLow <= D(k) < pivotHigh
                (s.Hi, s.HighBelow) = (s.HighBelow, s.Hi);
                (low, high, lowSum, highSum) = (pivotLow, pivotHigh, belowLow, belowHigh);
            }
            else
            {
                (s.Lo, s.HighBelow) = (s.HighBelow, s.Lo);           // D(k) >= pivotHigh
                (low, lowSum) = (pivotHigh, belowHigh);
            }
            bracket = new Bracket(lowSum, highSum - lowSum, low, high);
            if (bracket.Remaining > remaining - remaining / 8)
                break;
            margin = Math.Max(goal / 4.0, Math.Min(2 * error * bracket.Remaining / remaining, bracket.Remaining / 8.0));
        }
        return bracket;
    }

    // The value a share of the way from low to high, kept inside [low, high] against rounding.
    private static double Interpolate(double low, double high, double share) =>
        Math.Clamp(low + Math.Clamp(share, 0, 1) * (high - low), low, high);

    /// <summary>One round with pivots from a sample of the candidates; returns D(k) itself when a pivot is it.</summary>
    private (Bracket Next, double? Found) SampledRound(long k, SelectionScratch s, Bracket bracket)
    {
        var rank = k - bracket.Below;
        var (low, high) = BracketingPivots(rank, rank, bracket.Remaining, s.Lo, s.Hi);
        var (belowLow, belowHigh) = CountBelow(low, high, s.LowBelow, s.HighBelow);
        double lowValue = bracket.Low, highValue = bracket.High;
        long lowSum = bracket.Below, highSum = bracket.Below + bracket.Remaining;
        if (k <= belowLow)
        {
            (s.Hi, s.LowBelow) = (s.LowBelow, s.Hi);             // D(k) < low
            (highValue, highSum) = (low, belowLow);
        }
        else if (k <= belowHigh)
        {
            (s.Lo, s.LowBelow) = (s.LowBelow, s.Lo);             // low <= D(k) < high
            (s.Hi, s.HighBelow) = (s.HighBelow, s.Hi);
            (lowValue, highValue, lowSum, highSum) = (low, high, belowLow, belowHigh);
        }
        else
        {
            // The "≤" walk also detects D(k) == high, which keeps heavily tied data from stalling.
            var atMost = CountAtMost(high, s.HighBelow);
            if (k <= atMost)
                return (bracket, high);
            (s.Lo, s.HighBelow) = (s.HighBelow, s.Lo);           // D(k) > high
            (lowValue, lowSum) = (high, atMost);
        }
        return (new Bracket(lowSum, highSum - lowSum, lowValue, highValue), null);
    }

    private const double GoldenRatioFraction = 0.6180339887498949;

    // Takes a stratified sample of the remaining candidates (one per equal stretch of positions in row order; each
    // row's window is sorted, so this is a stratified sample of the values) and returns two of its order statistics
    // that bracket the target's expected position with high probability: each round keeps a small fraction.
    private (double Low, double High) BracketingPivots(long firstRank, long lastRank, long remaining, int[] lo, int[] hi)
    {
        var sample = ArrayPool<double>.Shared.Rent(_sampleSize);
        try
        {
            return BracketingPivots(firstRank, lastRank, remaining, lo, hi, sample.AsSpan(0, _sampleSize));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sample);
        }
    }

    private (double Low, double High) BracketingPivots(long firstRank, long lastRank, long remaining, int[] lo, int[] hi, Span<double> sample)
    {
        var size = sample.Length;
        var step = (double)remaining / size;
        // One candidate per stratum of `step` positions, at a low-discrepancy offset inside it: evenly spaced positions
        // alias with the rows (at n = m with n samples every one fell in the same column, a sample of x, not of x − y).
        var offset = _random.NextDouble();
        var stratum = 0;
        var next = offset * step;
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
                offset += GoldenRatioFraction;
                offset -= Math.Floor(offset);
                next = (++stratum + offset) * step;
            }
            rowStart = rowEnd;
        }

        var spread = 3.0 * Math.Sqrt(taken);
        var lowIndex = (int)Math.Clamp(Math.Floor((double)firstRank / remaining * taken - spread), 0, taken - 1);
        var highIndex = (int)Math.Clamp(Math.Ceiling((double)lastRank / remaining * taken + spread), lowIndex, taken - 1);
        var slice = sample[..taken];
        var low = QuickSelect.Select(slice, lowIndex);
        // After the first selection everything right of lowIndex is >= low: the second one only searches there.
        var high = highIndex == lowIndex ? low : QuickSelect.Select(slice[(lowIndex + 1)..], highIndex - lowIndex - 1);
        return (low, high);
    }

    private sealed class SelectionScratch(int rows)
    {
        public int[] Lo { get; set; } = new int[rows];
        public int[] Hi { get; set; } = new int[rows];
        public int[] LowBelow { get; set; } = new int[rows];
        public int[] HighBelow { get; set; } = new int[rows];
        public int[] SharedLo { get; } = new int[rows];
        public int[] SharedHi { get; } = new int[rows];
    }
}
