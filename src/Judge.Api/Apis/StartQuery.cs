namespace Judge.Api.Apis;

/// <summary>The query string shared by the POSTs that start a canary execution or analysis, bound with [AsParameters].</summary>
public readonly record struct StartQuery(
    [FromQuery] string? Application,
    [FromQuery] string? ParentPipelineExecutionId,
    [FromQuery] string? MetricsAccountName,
    [FromQuery] string? StorageAccountName);
