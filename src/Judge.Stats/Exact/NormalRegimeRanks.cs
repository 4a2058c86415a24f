namespace Judge.Stats.Exact;

/// <summary>
/// Normal regime (oracle README 6.5): between consecutive distinct differences the standardised statistic is
/// Z(d, zq) = h(G(d)) − zq with G(d) = #{x[i] − y[j] &gt; d}, so each bound is found by binary search over g on the
/// closed form h(g) — no pairwise difference is needed to find its rank.
/// </summary>
internal sealed class NormalRegimeRanks
{
    private readonly long _n;
    private readonly double _halfN;
    private readonly double _sigma;

    /// <param name="nx">experiment size</param>
    /// <param name="ny">control size</param>
    /// <param name="withinSampleTies">T0: Σ (t³ − t) over tie groups inside each sample</param>
    /// <param name="varianceInflation">multiplies the rank sum's variance (1 for independent points)</param>
    public NormalRegimeRanks(int nx, int ny, double withinSampleTies, double varianceInflation = 1.0)
    {
        _n = (long)nx * ny;
        _halfN = _n / 2.0;
        _sigma = RankSumSigma(nx, ny, withinSampleTies) * Math.Sqrt(varianceInflation);
    }

    /// <summary>R's sigma of the rank sum with tie correction; the operation order follows R's wilcox.test.</summary>
    public static double RankSumSigma(double nx, double ny, double ties) =>
        Math.Sqrt((nx * ny / 12) * ((nx + ny + 1) - ties / ((nx + ny) * (nx + ny - 1))));

    /// <summary>h(g) = (dz − sign(dz)/2)/S with dz = g − N/2; non-decreasing in g.</summary>
    public double H(long g)
    {
        var dz = g - _halfN;
        return (dz - Math.Sign(dz) * 0.5) / _sigma;
    }

    /// <summary>Whether the most extreme statistic, g = N, lies beyond the critical value zq.</summary>
    public bool CanExceed(double zq) => H(_n) - zq > 0;

    /// <summary>Where d ↦ Z(d, zq) changes sign, as ranks of the sorted differences.</summary>
    public BoundRanks Bound(double zq)
    {
        var gPos = SmallestG(g => H(g) - zq > 0);
        var gZero = SmallestG(g => H(g) - zq >= 0);
        if (gPos == _n + 1)
            return BoundRanks.Single(1);
        if (gZero == 0)
            return BoundRanks.Single(_n);
        return gZero < gPos
            ? new BoundRanks(_n - gPos + 1, _n - gZero + 1)
            : BoundRanks.Single(_n - gPos + 1);
    }

    // Smallest g in 0..N satisfying a monotone predicate, N + 1 when none does.
    private long SmallestG(Func<long, bool> holds)
    {
        long left = 0, right = _n + 1;
        while (left < right)
        {
            var mid = left + (right - left) / 2;
            if (holds(mid))
                right = mid;
            else
                left = mid + 1;
        }
        return left;
    }
}

/// <summary>
/// A bound as the mean of D(<see cref="Rank"/>) and D(<see cref="OtherRank"/>); one rank when both are equal
/// (the midpoint case arises only when Z is exactly 0 on an interval between differences).
/// </summary>
internal readonly record struct BoundRanks(long Rank, long OtherRank)
{
    public static BoundRanks Single(long rank) => new(rank, rank);

    /// <summary>The bound from D(Rank) and D(OtherRank).</summary>
    public double Combine(double atRank, double atOtherRank) =>
        OtherRank == Rank ? atRank : (atRank + atOtherRank) / 2;
}
