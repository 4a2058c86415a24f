using System.Text.Json.Nodes;
using Judge.Api.Audit;
using Judge.Api.Model;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// The request of a standalone analysis (Kayenta's CanaryAnalysisExecutionRequest): judge a canary every <see cref="AnalysisIntervalMins"/> over its lifetime.
/// Times and step come from the first scope only, as in Kayenta. <see cref="FailureLimit"/> and
/// <see cref="InconclusiveLimit"/> are Judge's additions.
/// </summary>
public sealed record StandaloneAnalysisRequest
{
    public IReadOnlyList<StandaloneAnalysisScope?>? Scopes { get; init; }
    public ScoreThresholdsConfig? Thresholds { get; init; }

    /// <summary>The score at or below which a judgement counts as failed (0 when no threshold is set).</summary>
    public double MarginalScore() => Thresholds?.Marginal ?? 0;

    /// <summary>The score a judgement needs to pass (the marginal score when no pass threshold is set).</summary>
    public double PassScore() => Thresholds?.Pass ?? MarginalScore();

    /// <summary>Required unless scopes[0].endTimeIso is set (which takes precedence).</summary>
    public long? LifetimeDurationMins { get; init; }

    public long BeginAfterMins { get; init; }

    /// <summary>Positive: each judgement looks at the last lookbackMins (sliding window); 0: from the start (growing window).</summary>
    public long LookbackMins { get; init; }

    /// <summary>Absent, 0 or longer than the lifetime: one judgement at the end of the lifetime.</summary>
    public long? AnalysisIntervalMins { get; init; }

    public JsonObject? SiteLocal { get; init; }

    /// <summary>The analysis fails at the K-th judgement scoring at or below marginal (default 1: Kayenta's fail-fast).</summary>
    public int? FailureLimit { get; init; }

    /// <summary>How many judgements between marginal and pass are tolerated; one more ends the analysis as failed. Absent: no limit.</summary>
    public int? InconclusiveLimit { get; init; }

    /// <summary>ExactACAJudge-v2: end with a pass before the lifetime once every metric is shown within its allowed change.</summary>
    public bool? EarlyPass { get; init; }

    public int EffectiveFailureLimit => FailureLimit ?? 1;
}

public sealed record StandaloneAnalysisScope
{
    public string? ScopeName { get; init; } = "default";
    public string? ControlScope { get; init; }
    public string? ControlLocation { get; init; }

    /// <summary>Minutes the control window lies before the experiment window.</summary>
    public long ControlOffsetInMinutes { get; init; }

    public string? ExperimentScope { get; init; }
    public string? ExperimentLocation { get; init; }
    public string? StartTimeIso { get; init; }
    public string? EndTimeIso { get; init; }

    /// <summary>Seconds between data points.</summary>
    public long Step { get; init; } = 60;

    public IReadOnlyDictionary<string, string>? ExtendedScopeParams { get; init; } = new Dictionary<string, string>();
}

/// <summary>Body of the ad-hoc POST /standalone_canary_analysis.</summary>
public sealed record AdHocStandaloneAnalysisRequest
{
    public CanaryConfig? CanaryConfig { get; init; }
    public StandaloneAnalysisRequest? ExecutionRequest { get; init; }
}

public sealed record StandaloneAnalysisIdResponse(string CanaryAnalysisExecutionId) : IResourceIdResponse
{
    string IResourceIdResponse.ResourceId => CanaryAnalysisExecutionId;
}
