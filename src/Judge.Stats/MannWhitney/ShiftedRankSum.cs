using Judge.Stats.LocationShift;

namespace Judge.Stats.MannWhitney;

/// <summary>
/// R's standardised Wilcoxon statistic for a candidate shift d, <c>Z(d, zq, correct)</c>, on samples sorted once.
/// Subtracting d keeps the sorted x in order (rounding is monotone), so each evaluation merges two sorted arrays in
/// O(nx + ny) instead of re-ranking. The rank sum and the tie term are sums of exact values (multiples of 0.5 and
/// integers far below 2^53), so they equal R's bit for bit whatever the summation order.
/// </summary>
internal sealed class ShiftedRankSum
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double _nx;
    private readonly double _ny;

    /// <param name="x">experiment</param>
    /// <param name="y">control</param>
    public ShiftedRankSum(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        _x = x.ToArray();
        _y = y.ToArray();
        Array.Sort(_x);
        Array.Sort(_y);
        _nx = _x.Length;
        _ny = _y.Length;
    }

    public double MinX => _x[0];
    public double MaxX => _x[^1];
    public double MinY => _y[0];
    public double MaxY => _y[^1];

    /// <summary>R's W = rank sum of x − nx(nx+1)/2, at shift 0.</summary>
    public double Statistic()
    {
        var (rankSum, _) = RankSumAndTies(0);
        return rankSum - _nx * (_nx + 1) / 2;
    }

    /// <summary>(dz − corr)/sigma − zq; NaN when sigma is 0 (every value tied).</summary>
    public double Standardised(double d, double zq, bool correct)
    {
        var (rankSum, ties) = RankSumAndTies(d);
        var dz = rankSum - _nx * (_nx + 1) / 2 - _nx * _ny / 2;
        var correction = correct ? Math.Sign(dz) * 0.5 : 0;
        var sigma = Math.Sqrt(_nx * _ny / 12 * (_nx + _ny + 1 - ties / ((_nx + _ny) * (_nx + _ny - 1))));
        if (sigma == 0)
            return double.NaN;
        return (dz - correction) / sigma - zq;
    }

    /// <summary><see cref="Standardised"/>, but an all-tied configuration is an error, as in R and Kayenta.</summary>
    public double StandardisedOrThrow(double d, double zq, bool correct)
    {
        var z = Standardised(d, zq, correct);
        return double.IsNaN(z) ? throw new AllObservationsTiedException() : z;
    }

    // Rank sum of x − d within (x − d) ++ y, and sum over tie groups of t³ − t.
    private (double RankSum, double Ties) RankSumAndTies(double d)
    {
        var x = _x;
        var y = _y;
        double rankSum = 0, ties = 0;
        int i = 0, j = 0;
        long position = 0; // values already ranked
        while (i < x.Length || j < y.Length)
        {
            double value;
            if (j == y.Length)
                value = x[i] - d;
            else if (i == x.Length)
                value = y[j];
            else
                value = Math.Min(x[i] - d, y[j]);

            long inX = 0, inY = 0;
            while (i < x.Length && x[i] - d == value)
            {
                i++;
                inX++;
            }
            while (j < y.Length && y[j] == value)
            {
                j++;
                inY++;
            }

            var t = inX + inY;
            // Ranks position+1 .. position+t, mean (2·position + t + 1)/2.
            var averageRank = (2 * position + t + 1) / 2.0;
            rankSum += inX * averageRank;
            var td = (double)t;
            ties += td * td * td - td;
            position += t;
        }
        return (rankSum, ties);
    }
}
