namespace Judge.Stats.Exact;

/// <summary>
/// Exact null distribution of W for sizes (m, n) without ties: c(m, n, w) = number of arrangements with W = w,
/// total C(m + n, m). Counts are exact 128-bit integers (C(98, 49) ≈ 2.5e28), so tails are exact before one division.
/// </summary>
internal sealed class WilcoxonDistribution
{
    // R's DBL_EPSILON (2^-52); .NET's double.Epsilon is the smallest subnormal instead.
    private const double MachineEpsilon = 2.220446049250313e-16;

    private readonly Int128[] _counts;
    private readonly Int128 _total;

    public WilcoxonDistribution(int m, int n)
    {
        if (m < 1 || n < 1 || m >= ExactRegime.ExactSizeLimit || n >= ExactRegime.ExactSizeLimit)
            throw new ArgumentOutOfRangeException(nameof(m), $"exact distribution needs 1 <= m, n < {ExactRegime.ExactSizeLimit}; got {m}, {n}");
        MaxW = m * n;
        _counts = GaussianBinomialCoefficients(Math.Min(m, n), Math.Max(m, n));
        foreach (var c in _counts)
            _total += c;
    }

    /// <summary>m·n, the largest value of W.</summary>
    public int MaxW { get; }

    public Int128 Count(int w) => w < 0 || w > MaxW ? Int128.Zero : _counts[w];

    /// <summary>C(m + n, m).</summary>
    public Int128 Total => _total;

    /// <summary>P(W' ≤ w).</summary>
    public double LowerTail(long w) => Ratio(SumCounts(0, w));

    /// <summary>P(W' ≥ w).</summary>
    public double UpperTail(long w) => Ratio(SumCounts(w, MaxW));

    /// <summary>R's rule: p = P(W' ≥ W) if W &gt; mn/2 else P(W' ≤ W); pValue = min(1, 2p).</summary>
    public double TwoSidedPValue(long w)
    {
        var p = w > MaxW / 2.0 ? UpperTail(w) : LowerTail(w);
        return Math.Min(1.0, 2.0 * p);
    }

    /// <summary>
    /// R's qwilcox for a lower-tail probability ≤ 0.5: the smallest q ≥ 0 with P(W' ≤ q) ≥ p − 10·eps,
    /// the cumulative probability summed in double precision.
    /// </summary>
    public int Quantile(double p)
    {
        var target = p - 10 * MachineEpsilon;
        var total = (double)_total;
        var cumulative = 0.0;
        for (var q = 0; q < MaxW; q++)
        {
            cumulative += (double)_counts[q] / total;
            if (cumulative >= target)
                return q;
        }
        return MaxW;
    }

    private Int128 SumCounts(long from, long to)
    {
        var sum = Int128.Zero;
        for (var w = Math.Max(0, from); w <= Math.Min(MaxW, to); w++)
            sum += _counts[w];
        return sum;
    }

    private double Ratio(Int128 count) => (double)count / (double)_total;

    // Coefficients of the Gaussian binomial [m + n choose m]_q, built as
    // [n + i choose i] = [n + i − 1 choose i − 1] · (1 − q^(n+i)) / (1 − q^i); every division is exact.
    private static Int128[] GaussianBinomialCoefficients(int m, int n)
    {
        var maxW = m * n;
        var a = new Int128[maxW + n + m + 1];
        a[0] = 1;
        for (var i = 1; i <= m; i++)
        {
            var previousDegree = (i - 1) * n;
            var shift = n + i;
            for (var w = previousDegree + shift; w >= shift; w--)
                a[w] -= a[w - shift];
            var degree = i * n;
            for (var w = i; w <= degree; w++)
                a[w] += a[w - i];
            Array.Clear(a, degree + 1, a.Length - degree - 1);
        }
        return a[..(maxW + 1)];
    }
}
