using System.Globalization;
using Judge.Stats.Configuration;

namespace Judge.Stats.Judging;

/// <summary>
/// How every judge's reasons write changes in the user's terms: a shift and its interval as a share of the baseline,
/// the tolerance as ±x % of the baseline, and the effect-size gates as the change they allow ("allowed up to +20 %").
/// </summary>
internal static class RelativeTerms
{
    /// <summary>"shift +1.5 = +75 % of the baseline median 2, 98 % CI +25 % … +125 %, p = 0.33, tolerance ±18.8 %".</summary>
    /// <remarks>Where the baseline is 0 no share exists: the numbers stay in the metric's own units.</remarks>
    public static string Shift(ShiftDecision d)
    {
        var level = ClassificationReasons.Percent(d.ConfidenceLevel);
        var p = ClassificationReasons.P(d.PValue);
        var baseline = d.Baseline;
        if (!baseline.CanRelate)
            return $"shift {Signed(d.Estimate)}, {level} CI {Signed(d.CiLower)} … {Signed(d.CiUpper)}, p = {p}, "
                + $"tolerance ±{ClassificationReasons.Num(d.UpperBound)} (the baseline is 0)";
        var scale = Math.Abs(baseline.Value);
        return $"shift {Signed(d.Estimate)} = {Percent(d.Estimate / scale, signed: true)} of the baseline {baseline.Name} "
            + $"{ClassificationReasons.Num(baseline.Value)}, {level} CI {Percent(d.CiLower / scale, signed: true)} … "
            + $"{Percent(d.CiUpper / scale, signed: true)}, p = {p}, tolerance ±{Percent(d.UpperBound / scale)}";
    }

    /// <summary>A continuous metric's change: <see cref="Shift"/>, then the change of the mean.</summary>
    public static string ShiftAndMean(ShiftDecision d) => $"{Shift(d)}; {MeanChange(d.MeanRatio)}";

    /// <summary>A change followed by the configured effect-size gates, where any is set.</summary>
    public static string WithGates(string change, ShiftDecision d) => Gates(d) is { } gates ? $"{change}; {gates}" : change;

    /// <summary>The configured effect-size gates of the watched directions ("allowed up to +20 %"); null when none is set.</summary>
    private static string? Gates(ShiftDecision d)
    {
        var t = d.Thresholds;
        var neutral = EffectSizeConfig.Default(t.Measure).AllowedIncrease;
        var gates = new List<string>(2);
        if (d.Direction != Direction.Decrease && t.AllowedIncrease != neutral)
            gates.Add("allowed up to " + Threshold(t.AllowedIncrease, t.Measure));
        if (d.Direction != Direction.Increase && t.AllowedDecrease != neutral)
            gates.Add("allowed down to " + Threshold(t.AllowedDecrease, t.Measure));
        return gates.Count == 0 ? null : string.Join(", ", gates);
    }

    /// <summary>The gated effect: "mean ratio 1.75 (+75 %)", "rate ratio 2.1 (+110 %)" or "cles 0.8".</summary>
    public static string Effect(ShiftDecision d, string ratioName) =>
        d.Thresholds.Measure == EffectSizeMeasure.MeanRatio
            ? double.IsFinite(d.Effect) ? $"{ratioName} {Ratio(d.Effect)} ({Percent(d.Effect - 1, signed: true)})" : $"{ratioName} {Ratio(d.Effect)}"
            : $"cles {ClassificationReasons.Num(d.Effect)}";

    public static string MeanChange(double meanRatio) =>
        double.IsNaN(meanRatio)
            ? "mean ratio undefined (a mean is 0)"
            : $"canary mean {((meanRatio - 1) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)} % vs baseline";

    public static string Ratio(double ratio) =>
        double.IsPositiveInfinity(ratio) ? "∞" : double.IsNaN(ratio) ? "undefined" : ratio.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage: 0.123 → "12.3 %", 0.0013 → "0.13 %"; signed: "+12.3 %", "-0.13 %".</summary>
    public static string Percent(double fraction, bool signed = false)
    {
        var percent = fraction * 100;
        var wide = Math.Abs(percent) >= 1;
        var format = signed ? wide ? "+0.#;-0.#;0" : "+0.###;-0.###;0" : wide ? "0.#" : "0.###";
        return percent.ToString(format, CultureInfo.InvariantCulture) + " %";
    }

    private static string Threshold(double threshold, EffectSizeMeasure measure) =>
        measure == EffectSizeMeasure.MeanRatio ? Percent(threshold - 1, signed: true) : "cles " + ClassificationReasons.Num(threshold);

    private static string Signed(double value) => (value > 0 ? "+" : "") + ClassificationReasons.Num(value);
}
