namespace Judge.MetricSources.Prometheus;

/// <summary>Turns a range query's result into Kayenta metric sets: one per series, or one empty placeholder.</summary>
internal static class PrometheusMetricSets
{
    public static IReadOnlyList<MetricSet> From(string metricName, string query, PrometheusTimeGrid grid, IReadOnlyList<PrometheusSeries> result)
    {
        var attributes = new Dictionary<string, string> { ["query"] = query };
        if (result.Count == 0)
        {
            // Kayenta's "no data": the requested window, no tags, no values.
            return [new MetricSet(metricName, new Dictionary<string, string>(),
                grid.StartMillis, IsoInstant.Format(grid.StartMillis),
                grid.EndMillis, IsoInstant.Format(grid.EndMillis),
                grid.StepMillis, [], attributes)];
        }

        var end = grid.StartMillis + grid.Count * grid.StepMillis; // Kayenta: start + count·step
        return result.Select(series => new MetricSet(metricName, Tags(series),
                grid.StartMillis, IsoInstant.Format(grid.StartMillis),
                end, IsoInstant.Format(end),
                grid.StepMillis, grid.Align(series.Values ?? []), attributes))
            .ToList();
    }

    private static Dictionary<string, string> Tags(PrometheusSeries series) =>
        (series.Metric ?? new Dictionary<string, string>())
        .Where(label => label.Key != "__name__")
        .OrderBy(label => label.Key, StringComparer.Ordinal)
        .ToDictionary(label => label.Key, label => label.Value, StringComparer.Ordinal);
}
