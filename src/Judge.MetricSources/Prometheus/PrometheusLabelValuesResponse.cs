namespace Judge.MetricSources.Prometheus;

/// <summary>The answer of /api/v1/label/&lt;name&gt;/values.</summary>
public sealed record PrometheusLabelValuesResponse(string? Status, IReadOnlyList<string>? Data, string? ErrorType, string? Error);
