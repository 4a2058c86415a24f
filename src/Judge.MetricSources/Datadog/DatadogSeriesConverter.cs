namespace Judge.MetricSources.Datadog;

/// <summary>
/// Turns Datadog series into metric sets, one per series (Kayenta collapses them onto one untagged set). Each series is
/// laid on the grid start, start + interval, … up to its end inclusive; a grid time without a point, or with a null
/// point, holds NaN.
/// </summary>
internal static class DatadogSeriesConverter
{
    // A guard against a garbage start/end/interval asking for an absurd array.
    private const long MaxPointsPerSeries = 1_000_000;

    public static IReadOnlyList<MetricSet> Convert(DatadogQueryResponse response, MetricQuery query, string sentQuery)
    {
        var attributes = new Dictionary<string, string> { ["query"] = sentQuery };
        if (response.Series is not { Count: > 0 } series)
            return NoData(query, attributes);
        return series.Select((s, i) => ToMetricSet(s, i, query.MetricName, attributes)).ToList();
    }

    private static MetricSet ToMetricSet(DatadogSeries series, int index, string metricName, IReadOnlyDictionary<string, string> attributes)
    {
        if (series.Start is not { } startValue || series.End is not { } endValue || series.Interval is not { } interval
            || !double.IsFinite(startValue) || !double.IsFinite(endValue))
            throw new InvalidDatadogResponseException($"series {index} lacks start, end or interval");
        if (interval <= 0)
            throw new InvalidDatadogResponseException($"series {index} has interval {interval}; it must be positive");
        var start = (long)Math.Round(startValue);
        var end = (long)Math.Round(endValue);
        var stepMillis = interval * 1000;
        if (end < start)
            throw new InvalidDatadogResponseException($"series {index} ends before it starts");
        var count = (end - start) / stepMillis + 1;
        if (count > MaxPointsPerSeries)
            throw new InvalidDatadogResponseException($"series {index} would hold {count} points (more than {MaxPointsPerSeries})");

        var grid = TimeGrid.ThroughEnd(start, end, stepMillis);
        var values = grid.EmptyValues();
        foreach (var point in series.PointList ?? [])
        {
            if (point is not [{ } timestamp, var value, ..] || !double.IsFinite(timestamp))
                throw new InvalidDatadogResponseException($"series {index} has a point that is not [timestamp, value]");
            // Datadog's timestamps sit on the rollup grid; rounding only absorbs their float representation.
            var slot = grid.NearestIndex(timestamp);
            if (slot >= 0)
                values[slot] = value ?? double.NaN;
        }
        return grid.ToMetricSet(metricName, Tags(series), values, attributes);
    }

    /// <summary>tag_set when Datadog gives it, else the scope "k:v,k2:v2"; "*" means no tags.
    /// A tag without a colon becomes a key with an empty value; repeated keys keep every value, comma-joined.</summary>
    private static Dictionary<string, string> Tags(DatadogSeries series)
    {
        var tags = series.TagSet is { Count: > 0 }
            ? series.TagSet
            : (series.Scope ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag == "*") continue;
            var colon = tag.IndexOf(':');
            var (key, value) = colon < 0 ? (tag, "") : (tag[..colon], tag[(colon + 1)..]);
            result[key] = result.TryGetValue(key, out var earlier) ? $"{earlier},{value}" : value;
        }
        return result;
    }

    private static IReadOnlyList<MetricSet> NoData(MetricQuery query, IReadOnlyDictionary<string, string> attributes)
    {
        // Datadog has no step of its own: the scope's, or Kayenta's 1 s when the scope has none.
        var stepMillis = query.Scope.StepSeconds > 0 ? query.Scope.StepSeconds * 1000 : 1000;
        return NoDataMetricSet.For(query.MetricName, query.Scope.Start.ToUnixTimeMilliseconds(), query.Scope.End.ToUnixTimeMilliseconds(), stepMillis, attributes);
    }
}
