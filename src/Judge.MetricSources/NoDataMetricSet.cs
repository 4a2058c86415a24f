namespace Judge.MetricSources;

/// <summary>Kayenta's "no data" answer: one metric set over the requested window, with no tags and no values.</summary>
internal static class NoDataMetricSet
{
    public static IReadOnlyList<MetricSet> For(string metricName, long startMillis, long endMillis, long stepMillis,
        IReadOnlyDictionary<string, string> attributes) =>
        [new MetricSet(metricName, new Dictionary<string, string>(), startMillis, IsoInstant.Format(startMillis),
            endMillis, IsoInstant.Format(endMillis), stepMillis, [], attributes)];
}
