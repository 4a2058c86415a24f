namespace Judge.MetricSources;

/// <summary>
/// The one seam every provider implements: a metric's query config + a scope + a time window in,
/// the metric sets the provider returned out. One instance serves one configured account.
/// </summary>
public interface IMetricSource
{
    /// <summary>The query config type this source serves: its descriptor's type ("prometheus", say).</summary>
    string Type { get; }

    /// <summary>The query text that FetchAsync would send (Kayenta's dryRun).</summary>
    /// <exception cref="MetricQueryException">the query config cannot be turned into a query.</exception>
    string BuildQuery(MetricQuery query);

    /// <summary>One metric set per series; a single placeholder set with no values when the provider returned nothing.</summary>
    /// <exception cref="MetricQueryException">the query config cannot be turned into a query.</exception>
    /// <exception cref="MetricFetchException">the provider failed or answered with something unreadable.</exception>
    Task<IReadOnlyList<MetricSet>> FetchAsync(MetricQuery query, CancellationToken cancellationToken);
}
