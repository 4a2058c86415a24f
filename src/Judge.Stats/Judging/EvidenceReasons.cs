using System.Globalization;

namespace Judge.Stats.Judging;

/// <summary>ExactACAJudge-v2's reasons: the verdict in relative terms, then what the data could see.</summary>
internal static class EvidenceReasons
{
    public static string Shift(string name, ShiftDecision d, MetricEvidence evidence)
    {
        var change = evidence.Kind == MetricKind.Count ? RateChange(d, evidence) : ShiftChange(d);
        var seen = Seen(evidence);
        var gate = d.Thresholds.Measure == EffectSizeMeasure.MeanRatio
            ? $"{(evidence.Kind == MetricKind.Count ? "rate ratio" : "mean ratio")} {Ratio(d.Effect)}"
            : $"cles {ClassificationReasons.Num(d.Effect)}";
        return d.Classification switch
        {
            MetricVerdicts.High => $"{name}: canary higher ({change}; {seen})" + (d.Critical ? " — critical" : ""),
            MetricVerdicts.Low => $"{name}: canary lower ({change}; {seen})" + (d.Critical ? " — critical" : ""),
            _ when !evidence.ConfidenceReachable =>
                $"{name}: no verdict possible, low evidence: {Unreachable(evidence, d.ConfidenceLevel)} ({change}; {seen})",
            _ when d.ShiftAbove && d.Direction == Direction.Decrease =>
                $"{name}: canary higher, but only decreases are judged ({change}; {seen})",
            _ when d.ShiftAbove =>
                $"{name}: canary higher, but {gate} is within the allowed increase {Allowed(d.Thresholds.AllowedIncrease, d.Thresholds.Measure)} ({change}; {seen})",
            _ when d.ShiftBelow && d.Direction == Direction.Increase =>
                $"{name}: canary lower, but only increases are judged ({change}; {seen})",
            _ when d.ShiftBelow =>
                $"{name}: canary lower, but {gate} is within the allowed decrease {Allowed(d.Thresholds.AllowedDecrease, d.Thresholds.Measure)} ({change}; {seen})",
            _ => $"{name}: no significant change ({change}; {seen})",
        };
    }

    private static string ShiftChange(ShiftDecision d) =>
        $"shift {ClassificationReasons.Num(d.Estimate)}, {ClassificationReasons.Percent(d.ConfidenceLevel)} CI "
        + $"{ClassificationReasons.Num(d.CiLower)} … {ClassificationReasons.Num(d.CiUpper)}, p = {ClassificationReasons.P(d.PValue)}; "
        + ClassificationReasons.MeanChange(d.MeanRatio);

    private static string RateChange(ShiftDecision d, MetricEvidence evidence)
    {
        var rates = evidence.RateRatio!;
        return $"{Total(rates.ExperimentTotal)} canary vs {Total(rates.ControlTotal)} baseline events, rate ratio {Ratio(rates.Ratio)}, "
            + $"{ClassificationReasons.Percent(d.ConfidenceLevel)} CI {Ratio(rates.Lower)} … {Ratio(rates.Upper)}, "
            + $"p = {ClassificationReasons.P(d.PValue)}";
    }

    private static string Seen(MetricEvidence evidence)
    {
        var detectable = double.IsFinite(evidence.DetectableEffect)
            ? $"detectable change ±{Percent(evidence.DetectableEffect)}"
            : "no change detectable";
        var sizes = evidence.Kind == MetricKind.Count
            ? $"dispersion {ClassificationReasons.Num(evidence.VarianceInflation)}"
            : $"effective points {Size(evidence.Control.EffectiveSize)} baseline, {Size(evidence.Experiment.EffectiveSize)} canary";
        return $"{detectable}, {sizes}";
    }

    private static string Unreachable(MetricEvidence evidence, double level) =>
        evidence.Kind == MetricKind.Count
            ? $"too few events to reach {ClassificationReasons.Percent(level)} confidence"
            : $"the series are so autocorrelated that their effective points cannot reach {ClassificationReasons.Percent(level)} confidence";

    private static string Allowed(double threshold, EffectSizeMeasure measure) =>
        measure == EffectSizeMeasure.MeanRatio ? $"{Ratio(threshold)} ({Percent(threshold - 1, signed: true)})" : ClassificationReasons.Num(threshold);

    private static string Ratio(double ratio) =>
        double.IsPositiveInfinity(ratio) ? "∞" : double.IsNaN(ratio) ? "undefined" : ratio.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Percent(double fraction, bool signed = false) =>
        (fraction * 100).ToString(signed ? "+0.#;-0.#;0" : "0.#", CultureInfo.InvariantCulture) + " %";

    private static string Size(double size) => size.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Total(double total) => total.ToString("0.##", CultureInfo.InvariantCulture);
}
