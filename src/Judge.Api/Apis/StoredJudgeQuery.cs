namespace Judge.Api.Apis;

/// <summary>The text parameters of POST /judges/judge's query string, bound with [AsParameters].</summary>
public readonly record struct StoredJudgeQuery(
    [FromQuery] string? CanaryConfigId,
    [FromQuery] string? MetricSetPairListId,
    [FromQuery] string? ConfigurationAccountName,
    [FromQuery] string? StorageAccountName);
