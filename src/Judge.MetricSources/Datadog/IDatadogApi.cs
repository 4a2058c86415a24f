using Refit;

namespace Judge.MetricSources.Datadog;

/// <summary>Datadog's v1 "query timeseries points"; the keys travel as default headers of the account's HTTP client.</summary>
internal interface IDatadogApi
{
    /// <param name="from">Start of the window, seconds since the Unix epoch.</param>
    /// <param name="to">End of the window, seconds since the Unix epoch.</param>
    [Get("/api/v1/query")]
    Task<IApiResponse<DatadogQueryResponse>> QueryAsync(long from, long to, string query, CancellationToken cancellationToken);
}
