namespace Judge.Stats.MannWhitney;

/// <summary>Everything R's <c>wilcox.test(experiment, control, conf.int = TRUE, exact = FALSE, correct = TRUE)</c>
/// reports, plus Kayenta's continuity-corrected estimate.</summary>
/// <param name="Statistic">R's W.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="CiLower">Lower interval bound of experiment − control (may exceed <paramref name="CiUpper"/> with heavy ties).</param>
/// <param name="CiUpper">Upper interval bound.</param>
/// <param name="KayentaEstimate">Root of the continuity-corrected statistic: what Kayenta's judge uses.</param>
/// <param name="REstimate">Root without the continuity correction: R's reported estimate.</param>
public sealed record KayentaMannWhitneyResult(
    double Statistic,
    double PValue,
    double CiLower,
    double CiUpper,
    double KayentaEstimate,
    double REstimate);
