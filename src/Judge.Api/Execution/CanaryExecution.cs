using System.Text.Json.Nodes;
using Judge.Api.Model;
using Judge.Api.Storage;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>
/// The persisted execution document (canary_archive/&lt;id&gt;): Kayenta's CanaryExecutionStatusResponse fields, in its
/// order, plus the stage list the engine resumes from. The derived fields (stageStatus, exception, *Iso) are written
/// for readers of the archive and recomputed from the stages when read. Mutated only by the one runner that owns it.
/// </summary>
public sealed class CanaryExecution : IStoredDocument
{
    public required string Application { get; init; }
    public string? ParentPipelineExecutionId { get; init; }
    public required string PipelineId { get; init; }

    public IReadOnlyDictionary<string, string> StageStatus => Stages.ToDictionary(s => s.RefId, s => s.Status);

    public bool Complete { get; set; }
    public string Status { get; set; } = ExecutionStatus.NotStarted;

    /// <summary>The exception of the first stage that has one, as Kayenta reports it.</summary>
    public JsonObject? Exception => Stages.FirstOrDefault(s => s.Exception is not null)?.Exception;

    public CanaryExecutionResult? Result { get; set; }
    public required CanaryConfig Config { get; init; }
    public string? CanaryConfigId { get; init; }
    public required CanaryExecutionRequest CanaryExecutionRequest { get; init; }
    public string? MetricSetPairListId { get; set; }

    public long BuildTimeMillis { get; init; }
    public string BuildTimeIso => IsoInstant.Format(BuildTimeMillis);
    public long? StartTimeMillis { get; set; }
    public string? StartTimeIso => StartTimeMillis is { } start ? IsoInstant.Format(start) : null;
    public long? EndTimeMillis { get; set; }
    public string? EndTimeIso => EndTimeMillis is { } end ? IsoInstant.Format(end) : null;

    public required string StorageAccountName { get; init; }
    public required string MetricsAccountName { get; init; }
    public string? ConfigurationAccountName { get; init; }

    /// <summary>A judgement of a sequential analysis: the confidence the judge holds every interval to (absent: its own).</summary>
    public double? ConfidenceLevel { get; init; }

    /// <summary>A judgement of a sequential analysis that may pass early: the confidence of its early-pass boundary.</summary>
    public double? EarlyPassConfidenceLevel { get; init; }

    /// <summary>Set by the judge stage when <see cref="EarlyPassConfidenceLevel"/> is: the intervals held to it.</summary>
    public ToleranceCheck? ToleranceCheck { get; set; }

    /// <summary>How many times a starting host picked this execution up again after an interruption.</summary>
    public int Resumptions { get; set; }

    public required List<ExecutionStage> Stages { get; init; }

    public ExecutionStage Stage(string refId) =>
        Stages.Find(s => s.RefId == refId) ?? throw new InvalidOperationException($"Execution {PipelineId} has no stage {refId}.");
}
