namespace Judge.Api.Apis;

/// <summary>The query string of POST /canary/{canaryConfigId}/verdict, bound with [AsParameters].</summary>
public readonly record struct VerdictQuery(
    [FromQuery] string? Application,
    [FromQuery] string? MetricsAccountName,
    [FromQuery] string? ConfigurationAccountName,
    [FromQuery] string? StorageAccountName,
    [FromQuery] string? Lookback,
    [FromQuery] string? Deadline,
    [FromQuery] string? AnalysisId);
