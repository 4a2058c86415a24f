namespace Judge.Api.Apis;

/// <summary>The text parameters of POST /fetch/{provider}/query's query string, bound with [AsParameters].</summary>
public readonly record struct FetchQueryString(
    [FromQuery] string? MetricsAccountName,
    [FromQuery] string? StorageAccountName,
    [FromQuery] string? MetricSetName,
    [FromQuery] string? Scope,
    [FromQuery] string? Location);
