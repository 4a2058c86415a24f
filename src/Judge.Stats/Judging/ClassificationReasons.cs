using System.Globalization;
using Judge.Stats.Configuration;
using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>The human reasons attached to every metric verdict; each states the numbers it rests on.</summary>
internal static class ClassificationReasons
{
    public const string ClassificationFailed = "Metric Classification Failed";

    public static string MissingData(string name, int controlCount, int experimentCount, bool mustHaveData) =>
        $"Missing data for {name}: baseline has {controlCount} and canary {experimentCount} usable points"
        + (mustHaveData ? " (the metric must have data)" : "");

    public static string EmptyReplaced(string name, int controlCount, int experimentCount) =>
        $"No data for {name} (baseline {controlCount}, canary {experimentCount} points); nanStrategy replace passes an empty series";

    public static string Identical(string name, int count) =>
        $"{name}: the canary and baseline data are identical ({count} points each)";

    public static string SingleValue(string name, double value, int controlCount, int experimentCount) =>
        $"{name}: all {controlCount + experimentCount} points of both series equal {Num(value)}";

    /// <summary>Why sample sizes this small allow no conclusion (a phrase; <see cref="CannotReachConfidence"/> names the metric).</summary>
    public static string TooFewPoints(int controlCount, int experimentCount, double confidenceLevel) =>
        $"{controlCount} baseline and {experimentCount} canary points cannot reach {Percent(confidenceLevel)} confidence "
        + "however far apart they are";

    public static string TooFewSteps(int controlCount, int experimentCount, int minSteps) =>
        $"a count metric needs at least {minSteps} steps a side to estimate its dispersion "
        + $"(baseline has {controlCount}, canary {experimentCount})";

    public static string CannotReachConfidence(string name, string why) => $"No verdict for {name}: {why}";

    public static string Shift(string name, ShiftDecision d)
    {
        if (d.Evidence is { } seen)
            return EvidenceReasons.Shift(name, d, seen);
        var evidence = RelativeTerms.WithGates(RelativeTerms.ShiftAndMean(d), d);
        var effect = RelativeTerms.Effect(d, "mean ratio");
        return d.Classification switch
        {
            MetricVerdicts.High => $"{name}: canary higher ({evidence})" + (d.Critical ? " — critical" : ""),
            MetricVerdicts.Low => $"{name}: canary lower ({evidence})" + (d.Critical ? " — critical" : ""),
            _ when d.ShiftAbove && d.Direction == Direction.Decrease =>
                $"{name}: canary higher beyond the tolerance, but only decreases are judged ({evidence})",
            _ when d.ShiftAbove =>
                $"{name}: canary higher beyond the tolerance, but {effect} is within the allowed increase ({evidence})",
            _ when d.ShiftBelow && d.Direction == Direction.Increase =>
                $"{name}: canary lower beyond the tolerance, but only increases are judged ({evidence})",
            _ when d.ShiftBelow =>
                $"{name}: canary lower beyond the tolerance, but {effect} is within the allowed decrease ({evidence})",
            _ => $"{name}: no significant shift ({evidence})",
        };
    }

    internal static string Percent(double level) => ConfidenceText.Percent(level);

    internal static string P(double p) => p.ToString("G2", CultureInfo.InvariantCulture);

    internal static string Num(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
