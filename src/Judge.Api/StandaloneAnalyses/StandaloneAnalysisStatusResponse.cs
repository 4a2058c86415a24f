using System.Text.Json.Nodes;
using Judge.Api.Execution;
using Judge.Api.Json;
using Judge.Api.Model;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>Kayenta's CanaryAnalysisExecutionStatusResponse, as GET /standalone_canary_analysis/{id} answers it.</summary>
public sealed record StandaloneAnalysisStatusResponse
{
    public required string Application { get; init; }
    public required string User { get; init; }
    public string? ParentPipelineExecutionId { get; init; }
    public required string PipelineId { get; init; }
    public required IReadOnlyList<StageMetadata> StageStatus { get; init; }
    public bool Complete { get; init; }

    /// <summary>Orca's enum name ("RUNNING"); <see cref="Status"/> is its lowercase form.</summary>
    public required string ExecutionStatus { get; init; }

    public required string Status { get; init; }
    public JsonObject? Exception { get; init; }

    /// <summary>Present once a judgement has finished; final (with the aggregated verdict) when complete.</summary>
    public StandaloneAnalysisResult? CanaryAnalysisExecutionResult { get; init; }

    public required StandaloneAnalysisRequest CanaryAnalysisExecutionRequest { get; init; }
    public required CanaryConfig CanaryConfig { get; init; }
    public string? CanaryConfigId { get; init; }
    public long BuildTimeMillis { get; init; }
    public required string BuildTimeIso { get; init; }
    public long? StartTimeMillis { get; init; }
    public string? StartTimeIso { get; init; }
    public long? EndTimeMillis { get; init; }
    public string? EndTimeIso { get; init; }
    public required string StorageAccountName { get; init; }
    public required string MetricsAccountName { get; init; }
}

/// <param name="Type">"wait", "runCanary" or "generateCanaryAnalysisResultStage".</param>
/// <param name="Status">Orca's enum name ("SUCCEEDED").</param>
/// <param name="ExecutionId">The /canary execution of a runCanary stage.</param>
public sealed record StageMetadata(string Type, string Name, string Status, string? ExecutionId = null);

public sealed record StandaloneAnalysisResult
{
    public bool DidPassThresholds { get; init; }
    public bool HasWarnings { get; init; }
    public required string CanaryScoreMessage { get; init; }

    /// <summary>One per judgement that ran, in order; 0 for one that produced no score.</summary>
    public required IReadOnlyList<double> CanaryScores { get; init; }

    public required IReadOnlyList<JudgementExecutionResult> CanaryExecutionResults { get; init; }
}

/// <summary>Kayenta's CanaryExecutionResult: one judgement's canary execution; the judgement times are the first scope's control window.</summary>
public sealed record JudgementExecutionResult
{
    public required string ExecutionId { get; init; }
    public required string ExecutionStatus { get; init; }
    public JsonObject? Exception { get; init; }
    public Execution.CanaryExecutionResult? Result { get; init; }
    public required string JudgementStartTimeIso { get; init; }
    public long JudgementStartTimeMillis { get; init; }
    public required string JudgementEndTimeIso { get; init; }
    public long JudgementEndTimeMillis { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public string? MetricSetPairListId { get; init; }
    public long? BuildTimeMillis { get; init; }
    public string? BuildTimeIso { get; init; }
    public long? StartTimeMillis { get; init; }
    public string? StartTimeIso { get; init; }
    public long? EndTimeMillis { get; init; }
    public string? EndTimeIso { get; init; }
    public string? StorageAccountName { get; init; }
    public string? ConfigurationAccountName { get; init; }

    /// <summary>ExactACAJudge-v2 analyses: the sequential boundary this judgement was held to.</summary>
    public Judge.Stats.Sequential.LookBoundary? Boundary { get; init; }

    /// <summary>Analyses with <c>earlyPass</c>: the boundary the early-pass check was held to (none on the last judgement).</summary>
    public Judge.Stats.Sequential.LookBoundary? EarlyPassBoundary { get; init; }

    /// <summary>The judgement's intervals at the early-pass boundary's confidence, per metric.</summary>
    public Execution.ToleranceCheck? ToleranceCheck { get; init; }
}
