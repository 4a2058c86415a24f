using System.Text.Json.Nodes;

namespace Judge.Api.Model;

/// <summary>Kayenta's CanaryExecutionRequest JSON.</summary>
public sealed record CanaryExecutionRequest
{
    public IReadOnlyDictionary<string, CanaryScopePair>? Scopes { get; init; }
    public ScoreThresholdsConfig? Thresholds { get; init; }
    public IReadOnlyList<CanaryExecutionMetadata>? Metadata { get; init; }
    public JsonObject? SiteLocal { get; init; }
}

public sealed record CanaryScopePair
{
    public CanaryScope? ControlScope { get; init; }
    public CanaryScope? ExperimentScope { get; init; }
}

public sealed record CanaryScope
{
    public string? Scope { get; init; }
    public string? Location { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }

    /// <summary>Seconds.</summary>
    public long? Step { get; init; }

    public IReadOnlyDictionary<string, string>? ExtendedScopeParams { get; init; }
}

public sealed record CanaryExecutionMetadata
{
    public string? Name { get; init; }
    public string? Value { get; init; }
    public bool Hidden { get; init; }
}

/// <summary>Body of the ad-hoc POST /canary.</summary>
public sealed record AdHocCanaryExecution
{
    public CanaryConfig? CanaryConfig { get; init; }
    public CanaryExecutionRequest? ExecutionRequest { get; init; }
}
