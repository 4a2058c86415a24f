using Judge.Stats.Distributions;
using Judge.Stats.LocationShift;

namespace Judge.Stats.Exact;

/// <summary>
/// Exact mode of the Mann-Whitney comparison (oracle README section 6): the interval bounds are the exact sign
/// changes of the rank statistic and the estimate is the Hodges–Lehmann median of the pairwise differences
/// experiment − control. Runs in O(n log n) time and O(n) memory for n = nx + ny; the nx·ny differences are
/// never materialised.
/// </summary>
public sealed class ExactMannWhitney : ILocationShiftTest
{
    public LocationShiftResult Compare(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control, double confidenceLevel) =>
        Analyze(experiment, control, confidenceLevel).ToLocationShiftResult();

    /// <summary>As <see cref="Compare"/>, plus the ranks of the bounds among the sorted differences.</summary>
    /// <exception cref="ArgumentException">a sample is empty or holds a non-finite value, or the level is not in (0, 1).</exception>
    /// <exception cref="AllObservationsTiedException">all nx + ny values are one value.</exception>
    public ExactMannWhitneyResult Analyze(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control, double confidenceLevel) =>
        Analyze(experiment, control, confidenceLevel, varianceInflation: 1.0);

    /// <summary>
    /// As <see cref="Analyze(ReadOnlySpan{double}, ReadOnlySpan{double}, double)"/> with the rank statistic's null
    /// variance multiplied by <paramref name="varianceInflation"/> (dependent points carry less information than
    /// independent ones). Any inflation above 1 uses the normal regime: the exact distribution assumes independence.
    /// </summary>
    public ExactMannWhitneyResult Analyze(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control, double confidenceLevel,
        double varianceInflation)
    {
        ValidateLevels(confidenceLevel, varianceInflation);
        return Analyze(SortedSamples.Create(experiment, control), confidenceLevel, varianceInflation);
    }

    /// <summary>As <see cref="Analyze(ReadOnlySpan{double}, ReadOnlySpan{double}, double, double)"/> for samples
    /// already sorted ascending (not copied, not changed).</summary>
    internal ExactMannWhitneyResult AnalyzeSorted(double[] experimentSorted, double[] controlSorted, double confidenceLevel,
        double varianceInflation)
    {
        ValidateLevels(confidenceLevel, varianceInflation);
        return Analyze(SortedSamples.FromSorted(experimentSorted, controlSorted), confidenceLevel, varianceInflation);
    }

    private static void ValidateLevels(double confidenceLevel, double varianceInflation)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "confidenceLevel must lie strictly between 0 and 1");
        if (!(varianceInflation >= 1) || double.IsInfinity(varianceInflation))
            throw new ArgumentOutOfRangeException(nameof(varianceInflation), varianceInflation, "varianceInflation must be a finite number ≥ 1");
    }

    private static ExactMannWhitneyResult Analyze(SortedSamples samples, double confidenceLevel, double varianceInflation)
    {
        if (samples.AllOneValue)
            throw new AllObservationsTiedException();

        int nx = samples.X.Length, ny = samples.Y.Length;
        var differences = new PairwiseDifferences(samples.X, samples.Y);
        var statistic = samples.GreaterPairs + 0.5 * samples.EqualPairs;

        var exactSmall = nx < ExactRegime.ExactSizeLimit && ny < ExactRegime.ExactSizeLimit && !samples.HasEqualValues
            && varianceInflation == 1.0;
        double pValue;
        bool reachable;
        BoundRanks lower, upper;
        if (exactSmall)
        {
            var distribution = new WilcoxonDistribution(nx, ny);
            pValue = distribution.TwoSidedPValue(samples.GreaterPairs);
            var alpha = 1.0 - confidenceLevel;
            var quantile = distribution.Quantile(alpha / 2);
            reachable = quantile > 0;
            var qu = Math.Max(quantile, 1);
            lower = BoundRanks.Single(qu);
            upper = BoundRanks.Single(differences.Count - qu + 1);
        }
        else
        {
            pValue = NormalPValue(nx, ny, statistic, samples.PooledTies, varianceInflation);
            var ranks = new NormalRegimeRanks(nx, ny, samples.WithinSampleTies, varianceInflation);
            var zq = NormalQuantile.TwoSidedCritical(confidenceLevel);
            reachable = ranks.CanExceed(zq);
            lower = ranks.Bound(zq);
            upper = ranks.Bound(-zq);
        }

        // The bounds and the median lie close together in rank: one selection call shares their first round, and the
        // median's successor (an even count's estimate is the mean of the middle two) comes from the median's candidates.
        var n = differences.Count;
        var medianRank = n % 2 == 1 ? (n + 1) / 2 : n / 2;
        var values = differences.SelectMany([lower.Rank, lower.OtherRank, upper.Rank, upper.OtherRank, medianRank,
            n % 2 == 1 ? medianRank : medianRank + 1]);
        var estimate = n % 2 == 1 ? values[4] : (values[4] + values[5]) / 2;

        return new ExactMannWhitneyResult(
            PValue: pValue,
            Statistic: statistic,
            CiLower: PositiveZero(lower.Combine(values[0], values[1])),
            CiUpper: PositiveZero(upper.Combine(values[2], values[3])),
            Estimate: PositiveZero(estimate),
            Regime: exactSmall ? ExactRegime.ExactSmall : ExactRegime.Normal,
            CiLowerRank: lower.Rank,
            CiUpperRank: upper.Rank,
            DifferenceCount: n,
            ConfidenceReachable: reachable);
    }

    // Section 1: z = (W − N/2 − sign(W − N/2)/2)/sigma at shift 0, ties pooled across the samples.
    private static double NormalPValue(int nx, int ny, double statistic, double pooledTies, double varianceInflation)
    {
        var sigma = NormalRegimeRanks.RankSumSigma(nx, ny, pooledTies) * Math.Sqrt(varianceInflation);
        var dz = statistic - (double)nx * ny / 2;
        var z = (dz - Math.Sign(dz) * 0.5) / sigma;
        return NormalTail.TwoSided(z);
    }

    // −0.0 and 0.0 are the same difference; which one a selection returns depends on the pivots, so report 0.0.
    private static double PositiveZero(double value) => value + 0.0;
}
