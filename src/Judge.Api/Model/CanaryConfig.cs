using System.Text.Json.Nodes;
using Judge.MetricSources;

namespace Judge.Api.Model;

/// <summary>Kayenta's CanaryConfig JSON.</summary>
public sealed record CanaryConfig
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Kayenta configs carry "1.0" or 1.0; both are read.</summary>
    public JsonNode? ConfigVersion { get; init; }

    public IReadOnlyList<string>? Applications { get; init; }
    public long? CreatedTimestamp { get; init; }
    public long? UpdatedTimestamp { get; init; }
    public string? CreatedTimestampIso { get; init; }
    public string? UpdatedTimestampIso { get; init; }
    public CanaryJudgeConfig? Judge { get; init; }
    public IReadOnlyList<CanaryMetricConfig>? Metrics { get; init; }
    public IReadOnlyDictionary<string, string>? Templates { get; init; }
    public CanaryClassifierConfig? Classifier { get; init; }
}

public sealed record CanaryJudgeConfig
{
    public string? Name { get; init; }
    public JsonObject? JudgeConfigurations { get; init; }
}

public sealed record CanaryMetricConfig
{
    public string? Name { get; init; }
    public MetricQueryConfig? Query { get; init; }
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>Kayenta defaults a missing (or null) scopeName to "default".</summary>
    public string? ScopeName
    {
        get => scopeName;
        init => scopeName = value ?? DefaultScopeName;
    }

    public const string DefaultScopeName = "default";

    private readonly string? scopeName = DefaultScopeName;

    /// <summary>Kayenta's free-form map; the judge reads "canary" (direction, nanStrategy, effectSize, outliers, …).</summary>
    public JsonObject? AnalysisConfigurations { get; init; }
}

public sealed record CanaryClassifierConfig
{
    public IReadOnlyDictionary<string, double>? GroupWeights { get; init; }
    public ScoreThresholdsConfig? ScoreThresholds { get; init; }
}

public sealed record ScoreThresholdsConfig
{
    public double? Pass { get; init; }
    public double? Marginal { get; init; }
}
