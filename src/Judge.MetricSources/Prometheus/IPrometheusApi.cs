using Refit;

namespace Judge.MetricSources.Prometheus;

/// <summary>The Prometheus HTTP API endpoints Judge uses. Responses come back as IApiResponse so that status, body
/// and deserialization failures can all be turned into one MetricFetchException by the caller.</summary>
public interface IPrometheusApi
{
    /// <param name="start">RFC 3339 instant.</param>
    /// <param name="end">RFC 3339 instant.</param>
    /// <param name="step">Resolution in whole seconds.</param>
    [Get("/api/v1/query_range")]
    Task<IApiResponse<PrometheusQueryRangeResponse>> QueryRangeAsync(string query, string start, string end, long step, CancellationToken cancellationToken);

    /// <summary>Every metric name the server knows (Kayenta's metadata).</summary>
    [Get("/api/v1/label/__name__/values")]
    Task<IApiResponse<PrometheusLabelValuesResponse>> MetricNamesAsync(CancellationToken cancellationToken);

    [Get("/-/healthy")]
    Task<IApiResponse> HealthyAsync(CancellationToken cancellationToken);
}
