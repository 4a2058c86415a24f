using System.Globalization;

namespace Judge.Api.Report;

/// <summary>How the report writes numbers and instants: invariant culture, about four significant digits, UTC.</summary>
public static class ReportNumbers
{
    public const string Absent = "–";

    public static string Format(double? value)
    {
        if (value is not { } x)
            return Absent;
        if (double.IsNaN(x))
            return "n/a";
        if (double.IsInfinity(x))
            return x > 0 ? "∞" : "−∞";
        if (x == 0)
            return "0";
        var magnitude = Math.Abs(x);
        if (magnitude >= 1e6 || magnitude < 1e-3)
            return x.ToString("0.###E+0", CultureInfo.InvariantCulture);
        var decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(magnitude)), 0, 6);
        var text = Math.Round(x, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return decimals > 0 ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>A number in the metric's unit: "0.1015 s"; without a unit (or for no number) as <see cref="Format(double?)"/>.</summary>
    public static string Format(double? value, string? unit) =>
        unit is null || value is not { } x || !double.IsFinite(x) ? Format(value) : $"{Format(x)} {unit}";

    /// <summary>A relative change without its sign: 0.123 → "12.3 %", 0.0042 → "0.42 %".</summary>
    public static string Percent(double fraction)
    {
        var percent = Math.Abs(fraction * 100);
        return percent.ToString(percent >= 1 ? "0.#" : "0.###", CultureInfo.InvariantCulture) + " %";
    }

    /// <summary>A mean ratio with the change it stands for: 1.5 → "1.5 (+50%)".</summary>
    public static string Ratio(double? ratio)
    {
        if (ratio is not { } r || !double.IsFinite(r))
            return Format(ratio);
        var change = (r - 1) * 100;
        var sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        return $"{Format(r)} ({sign}{Format(Math.Abs(change))}%)";
    }

    /// <summary>An estimate with its interval: "0.07 [0.05, 0.09]".</summary>
    public static string Interval(double? estimate, double? lower, double? upper)
    {
        if (lower is null && upper is null)
            return estimate is null ? Absent : Format(estimate);
        var interval = $"[{Format(lower)}, {Format(upper)}]";
        return estimate is null ? interval : $"{Format(estimate)} {interval}";
    }

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : Absent;

    public static string Instant(long? unixMillis) =>
        unixMillis is { } ms ? Instant(DateTimeOffset.FromUnixTimeMilliseconds(ms)) : Absent;

    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
            return "−" + Duration(span.Negate());
        var parts = new List<string>();
        if (span.Days > 0) parts.Add($"{span.Days} d");
        if (span.Hours > 0) parts.Add($"{span.Hours} h");
        if (span.Minutes > 0) parts.Add($"{span.Minutes} min");
        if (span.Seconds > 0 || parts.Count == 0) parts.Add($"{span.Seconds} s");
        return string.Join(" ", parts);
    }
}
