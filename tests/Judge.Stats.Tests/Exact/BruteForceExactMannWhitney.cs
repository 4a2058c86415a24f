using System.Numerics;
using MathNet.Numerics.Distributions;

namespace Judge.Stats.Tests.Exact;

/// <summary>
/// Test reference for exact mode, written straight from the oracle README definitions: materialises and sorts all
/// nx·ny differences, evaluates R's rank statistic Z(d) by ranking concat(x − d, y) between consecutive distinct
/// differences, and uses the c(m, n, w) recurrence for the exact distribution. Small samples only.
/// Bounds are located by the sign-change semantics, so integer-valued data are required in the normal regime
/// (the evaluation points d = u + 0.5 then never tie across samples).
/// </summary>
internal static class BruteForceExactMannWhitney
{
    public sealed record Result(double PValue, double Statistic, double CiLower, double CiUpper, double Estimate, string Regime);

    public static double[] SortedDifferences(double[] x, double[] y)
    {
        var d = new double[x.Length * y.Length];
        var n = 0;
        foreach (var xi in x)
            foreach (var yj in y)
                d[n++] = xi - yj;
        Array.Sort(d);
        return d;
    }

    /// <param name="zq">−qnorm(alpha/2), given as R's constant</param>
    public static Result Run(double[] x, double[] y, double confLevel, double zq)
    {
        var d = SortedDifferences(x, y);
        var n = d.Length;
        var estimate = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
        var all = x.Concat(y).ToArray();
        var anyTie = all.Length != all.Select(v => v + 0.0).Distinct().Count();
        var statistic = RankSumW(x, y, 0);

        if (x.Length < 50 && y.Length < 50 && !anyTie)
        {
            var (lowerTail, upperTail, quantile) = ExactTables(x.Length, y.Length);
            var w = (int)statistic;
            var p = w > n / 2.0 ? upperTail(w) : lowerTail(w);
            var qu = Math.Max(quantile((1 - confLevel) / 2), 1);
            return new Result(Math.Min(1, 2 * p), statistic, d[qu - 1], d[n - qu], estimate, "exact-small");
        }

        var pValue = 2 * Math.Min(Normal.CDF(0, 1, Z(x, y, 0, 0)), Normal.CDF(0, 1, -Z(x, y, 0, 0)));
        var distinct = d.Distinct().ToArray();
        return new Result(pValue, statistic, SignChange(x, y, distinct, zq), SignChange(x, y, distinct, -zq), estimate, "normal");
    }

    // The bound where d ↦ Z(d, zq) changes sign; Z is evaluated on the open intervals around the distinct differences.
    private static double SignChange(double[] x, double[] y, double[] u, double zq)
    {
        var m = u.Length;
        var z = new double[m + 1];
        for (var t = 0; t <= m; t++)
        {
            var d = t == 0 ? u[0] - 0.5 : u[t - 1] + 0.5;
            z[t] = Z(x, y, d, zq);
        }
        if (z[0] <= 0)
            return u[0];
        if (z[m] >= 0)
            return u[m - 1];
        var first = Array.FindIndex(z, v => v <= 0);
        if (z[first] < 0)
            return u[first - 1];
        var negative = Array.FindIndex(z, v => v < 0);
        return (u[first - 1] + u[negative - 1]) / 2;
    }

    // Section 1 of the README, operation by operation.
    private static double Z(double[] x, double[] y, double d, double zq)
    {
        var dz = RankSumW(x, y, d) - x.Length * (double)y.Length / 2;
        var correction = Math.Sign(dz) * 0.5;
        var pooled = x.Select(v => v - d).Concat(y).ToArray();
        var ties = pooled.GroupBy(v => v + 0.0).Select(g => (double)g.Count()).Sum(t => t * t * t - t);
        double nx = x.Length, ny = y.Length;
        var sigma = Math.Sqrt((nx * ny / 12) * ((nx + ny + 1) - ties / ((nx + ny) * (nx + ny - 1))));
        return (dz - correction) / sigma - zq;
    }

    private static double RankSumW(double[] x, double[] y, double d)
    {
        var pooled = x.Select(v => (Value: v - d, IsX: true)).Concat(y.Select(v => (Value: v, IsX: false)))
            .OrderBy(p => p.Value).ToArray();
        var rankSum = 0.0;
        for (var start = 0; start < pooled.Length;)
        {
            var end = start;
            while (end + 1 < pooled.Length && pooled[end + 1].Value == pooled[start].Value)
                end++;
            var averageRank = (start + end + 2) / 2.0;
            for (var i = start; i <= end; i++)
                if (pooled[i].IsX)
                    rankSum += averageRank;
            start = end + 1;
        }
        return rankSum - x.Length * (x.Length + 1) / 2.0;
    }

    // c(m, n, w) = c(m − 1, n, w − n) + c(m, n − 1, w), c(0, n, 0) = c(m, 0, 0) = 1, exact in BigInteger.
    public static BigInteger[] Counts(int m, int n)
    {
        var memo = new Dictionary<(int, int, int), BigInteger>();
        BigInteger C(int a, int b, int w)
        {
            if (w < 0 || w > a * b)
                return 0;
            if (a == 0 || b == 0)
                return w == 0 ? 1 : 0;
            if (memo.TryGetValue((a, b, w), out var known))
                return known;
            var value = C(a - 1, b, w - b) + C(a, b - 1, w);
            memo[(a, b, w)] = value;
            return value;
        }
        return Enumerable.Range(0, m * n + 1).Select(w => C(m, n, w)).ToArray();
    }

    private static (Func<int, double> Lower, Func<int, double> Upper, Func<double, int> Quantile) ExactTables(int m, int n)
    {
        var counts = Counts(m, n);
        var total = counts.Aggregate(BigInteger.Zero, (a, b) => a + b);
        double Ratio(BigInteger c) => (double)c / (double)total;
        double Lower(int w) => Ratio(counts.Take(w + 1).Aggregate(BigInteger.Zero, (a, b) => a + b));
        double Upper(int w) => Ratio(counts.Skip(w).Aggregate(BigInteger.Zero, (a, b) => a + b));
        int Quantile(double p)
        {
            var cumulative = 0.0;
            for (var q = 0; ; q++)
            {
                cumulative += Ratio(counts[q]);
                if (cumulative >= p - 10 * 2.220446049250313e-16)
                    return q;
            }
        }
        return (Lower, Upper, Quantile);
    }
}
