namespace Judge.Stats.MannWhitney;

/// <summary>The Wilcoxon rank-sum test at shift 0 (normal approximation, tie and continuity corrections).</summary>
/// <param name="Statistic">R's W: the experiment rank sum minus nx(nx+1)/2.</param>
/// <param name="PValue">Two-sided p-value; NaN when every observation is tied.</param>
public sealed record RankSumResult(double Statistic, double PValue);
