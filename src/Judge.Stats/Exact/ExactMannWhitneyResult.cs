using Judge.Stats.LocationShift;

namespace Judge.Stats.Exact;

/// <summary>
/// Exact-mode outcome with the diagnostics the location-shift contract leaves out.
/// </summary>
/// <param name="PValue">Two-sided p-value of the rank-sum test at shift 0.</param>
/// <param name="Statistic">R's W: #{x &gt; y} + #{x == y}/2.</param>
/// <param name="CiLower">Lower interval bound, an order statistic of the pairwise differences (or the mean of two).</param>
/// <param name="CiUpper">Upper interval bound.</param>
/// <param name="Estimate">Hodges–Lehmann estimate: the median of the pairwise differences.</param>
/// <param name="Regime"><see cref="ExactRegime.ExactSmall"/> or <see cref="ExactRegime.Normal"/>.</param>
/// <param name="CiLowerRank">1-based rank of <paramref name="CiLower"/> among the nx·ny sorted differences.</param>
/// <param name="CiUpperRank">1-based rank of <paramref name="CiUpper"/>.</param>
/// <param name="DifferenceCount">N = nx·ny.</param>
/// <param name="ConfidenceReachable">Whether the most extreme ranking these sample sizes allow would reach the
/// confidence level. When it would not, no interval at that level exists and the bounds are the extreme differences.</param>
public sealed record ExactMannWhitneyResult(
    double PValue,
    double Statistic,
    double CiLower,
    double CiUpper,
    double Estimate,
    string Regime,
    long CiLowerRank,
    long CiUpperRank,
    long DifferenceCount,
    bool ConfidenceReachable = true)
{
    public LocationShiftResult ToLocationShiftResult() =>
        new(PValue, Statistic, CiLower, CiUpper, Estimate, Regime);
}
