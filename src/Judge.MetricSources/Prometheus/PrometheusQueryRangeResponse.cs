namespace Judge.MetricSources.Prometheus;

/// <summary>The envelope of /api/v1/query_range: status "success" with data, or status "error" with errorType/error.</summary>
public sealed record PrometheusQueryRangeResponse(
    string? Status,
    PrometheusMatrix? Data,
    string? ErrorType,
    string? Error);

/// <summary>A range query's data; resultType is "matrix" for every query_range answer.</summary>
public sealed record PrometheusMatrix(string? ResultType, IReadOnlyList<PrometheusSeries>? Result);

/// <summary>One result series: its labels and its samples in time order.</summary>
public sealed record PrometheusSeries(
    IReadOnlyDictionary<string, string>? Metric,
    IReadOnlyList<PrometheusSample>? Values);
