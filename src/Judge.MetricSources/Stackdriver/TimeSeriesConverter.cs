using System.Globalization;
using System.Text.RegularExpressions;

namespace Judge.MetricSources.Stackdriver;

/// <summary>
/// Turns Cloud Monitoring time series into metric sets on the requested grid: slot i covers the alignment period
/// (start + i·step, start + (i+1)·step], which is where the API puts an aligned point whose interval ends inside it
/// (read intervals are half-open, excluding the start). A slot without a point holds NaN. Kayenta instead takes the
/// points in order with no gap filling.
/// </summary>
internal static partial class TimeSeriesConverter
{
    public static IReadOnlyList<MetricSet> Convert(IEnumerable<TimeSeries> timeSeries, StackdriverRequest request, string metricName)
    {
        var attributes = new Dictionary<string, string>
        {
            ["query"] = request.Filter,
            ["crossSeriesReducer"] = request.CrossSeriesReducer,
            ["perSeriesAligner"] = request.PerSeriesAligner,
        };
        var start = request.Start.ToUnixTimeMilliseconds();
        var end = request.End.ToUnixTimeMilliseconds();
        var stepMillis = request.StepSeconds * 1000;

        var merged = MergePages(timeSeries);
        if (merged.Count == 0)
            return NoDataMetricSet.For(metricName, start, end, stepMillis, attributes);

        var grid = TimeGrid.PeriodsCovering(start, end, stepMillis);
        return merged.Select(series =>
        {
            var values = grid.EmptyValues();
            // Oldest first, so when two points share a slot the later one wins.
            foreach (var (pointEnd, value) in series.Points.OrderBy(p => p.End))
            {
                var slot = grid.PeriodIndex(pointEnd);
                if (slot >= 0)
                    values[slot] = value;
            }
            return grid.ToMetricSet(metricName, series.Tags, values, attributes);
        }).ToList();
    }

    private sealed record Series(Dictionary<string, string> Tags, List<(long End, double Value)> Points);

    /// <summary>
    /// A page holds at most so many points, so one series can continue on the next page; its parts are joined by identity
    /// (metric and resource type and labels). Tags are the resource labels then the metric labels, without project_id.
    /// </summary>
    private static List<Series> MergePages(IEnumerable<TimeSeries> timeSeries)
    {
        var byIdentity = new Dictionary<string, Series>(StringComparer.Ordinal);
        var ordered = new List<Series>();
        foreach (var ts in timeSeries)
        {
            var identity = Identity(ts);
            if (!byIdentity.TryGetValue(identity, out var series))
            {
                var tags = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in ts.Resource?.Labels ?? new Dictionary<string, string>()) tags[key] = value;
                foreach (var (key, value) in ts.Metric?.Labels ?? new Dictionary<string, string>()) tags[key] = value;
                tags.Remove("project_id");
                series = new Series(tags, []);
                byIdentity[identity] = series;
                ordered.Add(series);
            }
            foreach (var point in ts.Points ?? [])
                series.Points.Add((EndMillis(point), ValueOf(point.Value)));
        }
        return ordered;
    }

    private static string Identity(TimeSeries ts)
    {
        static string Labels(IReadOnlyDictionary<string, string>? labels) =>
            string.Join("\u001f", (labels ?? new Dictionary<string, string>()).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}\u001e{l.Value}"));
        return $"{ts.Metric?.Type}\u001d{Labels(ts.Metric?.Labels)}\u001d{ts.Resource?.Type}\u001d{Labels(ts.Resource?.Labels)}";
    }

    private static double ValueOf(TypedValue? value) => value switch
    {
        { DoubleValue: { } d } => d,
        // int64 arrives as a JSON string; above 2^53 the double rounds, as it would in any metric store.
        { Int64Value: { } i } => i,
        { BoolValue: { } b } => b ? 1 : 0,
        // A distribution is judged by its mean. proto3 JSON omits zero fields: no count means no samples (NaN), and a
        // count without a mean means the mean is 0.
        { DistributionValue: { } d } => d.Count is > 0 ? d.Mean ?? 0 : double.NaN,
        { StringValue: not null } => throw new InvalidStackdriverResponseException("the metric has STRING values, which cannot be judged"),
        _ => double.NaN,
    };

    private static long EndMillis(TimeSeriesPoint point) =>
        point.Interval?.EndTime is { } text && TryParseTimestamp(text, out var instant)
            ? instant.ToUnixTimeMilliseconds()
            : throw new InvalidStackdriverResponseException($"a point's interval.endTime is missing or not an RFC 3339 timestamp: '{Shorten(point.Interval?.EndTime)}'");

    // RFC 3339 as Google writes it, with up to nine fractional digits; .NET parses at most seven.
    private static bool TryParseTimestamp(string text, out DateTimeOffset instant)
    {
        var match = Rfc3339().Match(text);
        instant = default;
        if (!match.Success)
            return false;
        var fraction = match.Groups["fraction"].Value;
        var normalized = match.Groups["seconds"].Value + (fraction.Length > 0 ? "." + fraction[..Math.Min(7, fraction.Length)] : "") + match.Groups["zone"].Value;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }

    [GeneratedRegex(@"^(?<seconds>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(?<fraction>\d+))?(?<zone>Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";
}
