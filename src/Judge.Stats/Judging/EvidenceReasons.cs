using System.Globalization;
using Judge.Stats.Configuration;
using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>
/// ExactACAJudge-v2's reasons: the verdict in the same relative terms as the other judges' (<see cref="RelativeTerms"/>),
/// count metrics as a rate ratio, then what the data could see.
/// </summary>
internal static class EvidenceReasons
{
    public static string Shift(string name, ShiftDecision d, MetricEvidence evidence)
    {
        var count = evidence.Kind == MetricKind.Count;
        var change = RelativeTerms.WithGates(count ? RateChange(d, evidence) : RelativeTerms.ShiftAndMean(d), d);
        var seen = Seen(evidence);
        var gate = RelativeTerms.Effect(d, count ? "rate ratio" : "mean ratio");
        return d.Classification switch
        {
            MetricVerdicts.High => $"{name}: canary higher ({change}; {seen})" + (d.Critical ? " — critical" : ""),
            MetricVerdicts.Low => $"{name}: canary lower ({change}; {seen})" + (d.Critical ? " — critical" : ""),
            _ when !evidence.ConfidenceReachable =>
                $"{name}: no verdict possible, low evidence: {Unreachable(evidence, d.ConfidenceLevel)} ({change}; {seen})",
            _ when d.ShiftAbove && d.Direction == Direction.Decrease =>
                $"{name}: canary higher, but only decreases are judged ({change}; {seen})",
            _ when d.ShiftAbove =>
                $"{name}: canary higher, but {gate} is within the allowed increase ({change}; {seen})",
            _ when d.ShiftBelow && d.Direction == Direction.Increase =>
                $"{name}: canary lower, but only increases are judged ({change}; {seen})",
            _ when d.ShiftBelow =>
                $"{name}: canary lower, but {gate} is within the allowed decrease ({change}; {seen})",
            _ => $"{name}: no significant change ({change}; {seen})",
        };
    }

    private static string RateChange(ShiftDecision d, MetricEvidence evidence)
    {
        var rates = evidence.RateRatio!;
        return $"{Total(rates.ExperimentTotal)} canary vs {Total(rates.ControlTotal)} baseline events, "
            + $"rate ratio {RelativeTerms.Ratio(rates.Ratio)}, "
            + $"{ClassificationReasons.Percent(d.ConfidenceLevel)} CI {RelativeTerms.Ratio(rates.Lower)} … {RelativeTerms.Ratio(rates.Upper)}, "
            + $"p = {ClassificationReasons.P(d.PValue)}";
    }

    private static string Seen(MetricEvidence evidence)
    {
        var detectable = double.IsFinite(evidence.DetectableEffect)
            ? $"detectable change ±{RelativeTerms.Percent(evidence.DetectableEffect)}"
            : "no change detectable";
        var sizes = evidence.Kind == MetricKind.Count
            ? $"dispersion {ClassificationReasons.Num(evidence.VarianceInflation)}"
            : $"effective points {Size(evidence.Control.EffectiveSize)} baseline, {Size(evidence.Experiment.EffectiveSize)} canary";
        return $"{detectable}, {sizes}";
    }

    private static string Unreachable(MetricEvidence evidence, double level) =>
        evidence.Kind == MetricKind.Count
            ? $"too few events to reach {ClassificationReasons.Percent(level)} confidence"
            : level > JudgeConstants.ConfidenceLevel
                ? $"the effective points cannot yet reach this look's {ClassificationReasons.Percent(level)} confidence"
                : $"the series are so autocorrelated that their effective points cannot reach {ClassificationReasons.Percent(level)} confidence";

    private static string Size(double size) => size.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Total(double total) => total.ToString("0.##", CultureInfo.InvariantCulture);
}
