using System.Text.Json.Nodes;
using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// The persisted analysis document (standalone_canary_archive/&lt;id&gt;): the request, the schedule planned when it was
/// created and every judgement's state, so a restarted host continues where the previous one stopped. Written after
/// every change by the one runner that owns it.
/// </summary>
public sealed class StandaloneAnalysis : IStoredDocument
{
    public required string PipelineId { get; init; }
    public required string Application { get; init; }
    public required string User { get; init; }
    public string? ParentPipelineExecutionId { get; init; }
    public string? CanaryConfigId { get; init; }
    public required CanaryConfig Config { get; init; }
    public required StandaloneAnalysisRequest Request { get; init; }
    public required string StorageAccountName { get; init; }
    public required string MetricsAccountName { get; init; }
    public string? ConfigurationAccountName { get; init; }

    public string Status { get; set; } = ExecutionStatus.NotStarted;
    public bool Complete { get; set; }
    public long BuildTimeMillis { get; init; }
    public long? StartTimeMillis { get; set; }
    public long? EndTimeMillis { get; set; }

    /// <summary>When beginAfterMins of warm-up are over.</summary>
    public long WarmupEndsAtMillis { get; init; }

    /// <summary>True when scopes[0].endTimeIso fixed the lifetime (Kayenta then plans no interval waits).</summary>
    public bool HasEndTime { get; init; }

    public required List<AnalysisJudgement> Judgements { get; init; }

    /// <summary>Why the analysis ended early, in Orca's exception shape.</summary>
    public JsonObject? Exception { get; set; }

    /// <summary>The aggregated verdict, once complete.</summary>
    public StandaloneAnalysisVerdict? Verdict { get; set; }

    public AnalysisJudgement? Next => Judgements.Find(j => !ExecutionStatus.IsComplete(j.Status));
}

/// <summary>One judgement: its schedule, its canary execution and what came of it.</summary>
public sealed class AnalysisJudgement
{
    public int Number { get; init; }
    public long DueAtMillis { get; init; }
    public long WindowStartMillis { get; init; }
    public long WindowEndMillis { get; init; }

    /// <summary>Chosen and stored before the execution is started, so a restart never starts a second one.</summary>
    public string? ExecutionId { get; set; }

    /// <summary>Orca's status of the "Run Canary #n" stage: terminal also when the score was at or below marginal.</summary>
    public string Status { get; set; } = ExecutionStatus.NotStarted;

    /// <summary>The canary execution's own status, once it is complete.</summary>
    public string? CanaryExecutionStatus { get; set; }

    public double? Score { get; set; }
    public List<string> Warnings { get; set; } = [];
    public JsonObject? Exception { get; set; }
    public CanaryExecutionResult? Result { get; set; }
    public string? MetricSetPairListId { get; set; }
    public long? BuildTimeMillis { get; set; }
    public long? StartTimeMillis { get; set; }
    public long? EndTimeMillis { get; set; }
    public string? ConfigurationAccountName { get; set; }

    /// <summary>ExactACAJudge-v2 analyses: the sequential boundary this judgement is held to (null: Kayenta's rule).</summary>
    public Judge.Stats.Sequential.LookBoundary? Boundary { get; set; }

    /// <summary>Analyses with <c>earlyPass</c>: the boundary this judgement's early-pass check is held to (none on the last).</summary>
    public Judge.Stats.Sequential.LookBoundary? EarlyPassBoundary { get; set; }

    /// <summary>The judgement's intervals at <see cref="EarlyPassBoundary"/>'s confidence, once it has run.</summary>
    public Execution.ToleranceCheck? ToleranceCheck { get; set; }
}
