using System.Text.Json.Nodes;
using Judge.Api.Model;

namespace Judge.Api.Execution;

/// <summary>
/// The persisted execution document (canary_archive/&lt;id&gt;): Kayenta's status-response fields plus the stage list
/// the engine resumes from. Mutated only by the one runner that owns the execution.
/// </summary>
public sealed class CanaryExecution
{
    public required string PipelineId { get; init; }
    public required string Application { get; init; }
    public string? ParentPipelineExecutionId { get; init; }
    public string? CanaryConfigId { get; init; }
    public required CanaryConfig Config { get; init; }
    public required CanaryExecutionRequest CanaryExecutionRequest { get; init; }
    public required string StorageAccountName { get; init; }
    public required string MetricsAccountName { get; init; }
    public string? ConfigurationAccountName { get; init; }

    public string Status { get; set; } = ExecutionStatus.NotStarted;
    public bool Complete { get; set; }
    public long BuildTimeMillis { get; init; }
    public long? StartTimeMillis { get; set; }
    public long? EndTimeMillis { get; set; }
    public string? MetricSetPairListId { get; set; }
    public CanaryExecutionResult? Result { get; set; }

    /// <summary>How many times a starting host picked this execution up again after an interruption.</summary>
    public int Resumptions { get; set; }

    public required List<ExecutionStage> Stages { get; init; }

    public ExecutionStage Stage(string refId) =>
        Stages.Find(s => s.RefId == refId) ?? throw new InvalidOperationException($"Execution {PipelineId} has no stage {refId}.");

    /// <summary>The exception of the first stage that has one, as Kayenta reports it.</summary>
    public JsonObject? FirstStageException() => Stages.FirstOrDefault(s => s.Exception is not null)?.Exception;
}
