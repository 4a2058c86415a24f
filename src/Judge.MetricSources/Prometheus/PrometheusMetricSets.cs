namespace Judge.MetricSources.Prometheus;

/// <summary>Turns a range query's result into Kayenta metric sets: one per series, or one empty placeholder.</summary>
internal static class PrometheusMetricSets
{
    public static IReadOnlyList<MetricSet> From(string metricName, string query, PrometheusRangeWindow grid, IReadOnlyList<PrometheusSeries> result)
    {
        var attributes = new Dictionary<string, string> { ["query"] = query };
        if (result.Count == 0)
            return NoDataMetricSet.For(metricName, grid.StartMillis, grid.EndMillis, grid.StepMillis, attributes);
        var timeGrid = grid.Grid;
        return result.Select(series => timeGrid.ToMetricSet(metricName, Tags(series), grid.Align(series.Values ?? []), attributes)).ToList();
    }

    private static Dictionary<string, string> Tags(PrometheusSeries series) =>
        (series.Metric ?? new Dictionary<string, string>())
        .Where(label => label.Key != "__name__")
        .OrderBy(label => label.Key, StringComparer.Ordinal)
        .ToDictionary(label => label.Key, label => label.Value, StringComparer.Ordinal);
}
