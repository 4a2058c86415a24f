using Judge.Stats.Distributions;
using MathNet.Numerics.Distributions;

namespace Judge.Stats.Sequential;

/// <summary>
/// Group-sequential critical values for repeated looks at accumulating data (Lan–DeMets α-spending, two-sided): a look
/// at information fraction t may spend what the spending function α(t) allows beyond the earlier looks, so however
/// many looks are taken the chance that any of them crosses when nothing changed is α. With the O'Brien–Fleming-type
/// function (the fail side) early looks are held to very wide intervals and the last one to little more than a single
/// test's; the Pocock-type function (the early-pass side) spends evenly, so early looks can already decide. The crossing probabilities are computed exactly for the Brownian motion the cumulative statistic follows
/// (Armitage–McPherson–Rowe recursion on a grid), not by simulation.
/// </summary>
public static class SpendingBoundary
{
    private const int GridPoints = 401; // odd, for Simpson's rule
    /// <summary>The critical value of a look that spends nothing: |Z| ≥ 8.3 has probability below 1e-16.</summary>
    public const double NoCrossing = 8.3;

    /// <summary>α spent by information fraction <paramref name="fraction"/> (0 at 0, α at 1).</summary>
    public static double Spent(double fraction, double alpha, SpendingFunction function = SpendingFunction.OBrienFleming)
    {
        if (fraction <= 0)
            return 0;
        if (fraction >= 1)
            return alpha;
        return function switch
        {
            SpendingFunction.Pocock => Pocock(fraction, alpha),
            SpendingFunction.PocockFromQuarter => fraction <= 0.25 ? 0 : Pocock((fraction - 0.25) / 0.75, alpha),
            _ => 4 * (1 - Normal.CDF(0, 1, NormalQuantile.TwoSidedCritical(1 - alpha / 2) / Math.Sqrt(fraction))),
        };
    }

    private static double Pocock(double fraction, double alpha) => alpha * Math.Log(1 + (Math.E - 1) * fraction);

    /// <summary>Two-sided critical values on the z scale, one per look.</summary>
    /// <param name="fractions">information fraction of each look, increasing, in (0, 1]</param>
    /// <param name="alpha">two-sided error to spend over all looks, in (0, 1)</param>
    /// <param name="function">how the error is spent over the looks</param>
    public static double[] CriticalValues(IReadOnlyList<double> fractions, double alpha,
        SpendingFunction function = SpendingFunction.OBrienFleming)
    {
        Check(fractions, alpha);
        var critical = new double[fractions.Count];
        double[] grid = [], density = [];
        double previousFraction = 0, previousSpent = 0;
        for (var k = 0; k < fractions.Count; k++)
        {
            var t = fractions[k];
            var spent = Spent(t, alpha, function);
            var increment = spent - previousSpent;
            double bound;
            if (k == 0)
            {
                bound = increment > 1e-16 ? Normal.InvCDF(0, 1, 1 - increment / 2) * Math.Sqrt(t) : NoCrossing * Math.Sqrt(t);
                grid = Grid(bound);
                density = grid.Select(u => Normal.PDF(0, Math.Sqrt(t), u)).ToArray();
            }
            else
            {
                var sd = Math.Sqrt(t - previousFraction);
                var mass = Mass(grid, density);
                bound = increment > 1e-16 ? Solve(grid, mass, sd, increment, Math.Sqrt(t)) : NoCrossing * Math.Sqrt(t);
                var next = Grid(bound);
                density = Propagate(grid, mass, sd, next);
                grid = next;
            }
            critical[k] = bound / Math.Sqrt(t);
            previousFraction = t;
            previousSpent = spent;
        }
        return critical;
    }

    /// <summary>The confidence level a look with this two-sided critical value is held to; at most
    /// <see cref="MaxConfidence"/> (a look that spends nothing is held to an interval no data can clear).</summary>
    public static double ConfidenceOf(double critical) => Math.Min(1 - 2 * Normal.CDF(0, 1, -critical), MaxConfidence);

    /// <summary>The highest confidence a look is held to: |z| ≥ 7.1, which no canary's data reach by chance.</summary>
    public const double MaxConfidence = 1 - 1e-12;

    // The bound b (on the score scale) whose crossing probability, for paths still running, is the increment.
    private static double Solve(double[] grid, double[] mass, double sd, double increment, double scale)
    {
        double low = 0, high = NoCrossing * scale;
        for (var i = 0; i < 100 && high - low > 1e-10 * scale; i++)
        {
            var mid = (low + high) / 2;
            if (Crossing(grid, mass, sd, mid) > increment)
                low = mid;
            else
                high = mid;
        }
        return (low + high) / 2;
    }

    private static double Crossing(double[] grid, double[] mass, double sd, double bound)
    {
        var sum = 0.0;
        for (var i = 0; i < grid.Length; i++)
            sum += mass[i] * (Normal.CDF(0, 1, (-bound - grid[i]) / sd) + Normal.CDF(0, 1, (grid[i] - bound) / sd));
        return sum;
    }

    private static double[] Propagate(double[] grid, double[] mass, double sd, double[] next)
    {
        var result = new double[next.Length];
        for (var j = 0; j < next.Length; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < grid.Length; i++)
                sum += mass[i] * Normal.PDF(0, sd, next[j] - grid[i]);
            result[j] = sum;
        }
        return result;
    }

    // The continuing paths' probability at each grid point: the density times its Simpson weight, formed once per look
    // rather than at each of the bisection's crossing sums.
    private static double[] Mass(double[] grid, double[] density)
    {
        var weights = SimpsonWeights(grid);
        return density.Select((d, i) => weights[i] * d).ToArray();
    }

    private static double[] Grid(double bound) =>
        Enumerable.Range(0, GridPoints).Select(i => -bound + 2 * bound * i / (GridPoints - 1)).ToArray();

    private static double[] SimpsonWeights(double[] grid)
    {
        var h = grid.Length > 1 ? grid[1] - grid[0] : 0;
        var weights = new double[grid.Length];
        for (var i = 0; i < grid.Length; i++)
            weights[i] = h / 3 * (i == 0 || i == grid.Length - 1 ? 1 : i % 2 == 1 ? 4 : 2);
        return weights;
    }

    private static void Check(IReadOnlyList<double> fractions, double alpha)
    {
        if (!(alpha > 0 && alpha < 1))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie strictly between 0 and 1");
        var previous = 0.0;
        foreach (var t in fractions)
        {
            if (!(t > previous && t <= 1))
                throw new ArgumentException("information fractions must increase within (0, 1]", nameof(fractions));
            previous = t;
        }
    }
}
