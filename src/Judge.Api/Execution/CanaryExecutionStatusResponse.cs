using System.Text.Json.Nodes;
using Judge.Api.Model;

namespace Judge.Api.Execution;

/// <summary>Kayenta's CanaryExecutionStatusResponse, as GET /canary/{id} answers it.</summary>
public sealed record CanaryExecutionStatusResponse
{
    public required string Application { get; init; }
    public string? ParentPipelineExecutionId { get; init; }
    public required string PipelineId { get; init; }
    public required IReadOnlyDictionary<string, string> StageStatus { get; init; }
    public bool Complete { get; init; }
    public required string Status { get; init; }
    public JsonObject? Exception { get; init; }
    public CanaryExecutionResult? Result { get; init; }
    public required CanaryConfig Config { get; init; }
    public string? CanaryConfigId { get; init; }
    public required CanaryExecutionRequest CanaryExecutionRequest { get; init; }
    public string? MetricSetPairListId { get; init; }
    public long BuildTimeMillis { get; init; }
    public required string BuildTimeIso { get; init; }
    public long? StartTimeMillis { get; init; }
    public string? StartTimeIso { get; init; }
    public long? EndTimeMillis { get; init; }
    public string? EndTimeIso { get; init; }
    public required string StorageAccountName { get; init; }
    public required string MetricsAccountName { get; init; }
    public string? ConfigurationAccountName { get; init; }

    public static CanaryExecutionStatusResponse From(CanaryExecution execution) => new()
    {
        Application = execution.Application,
        ParentPipelineExecutionId = execution.ParentPipelineExecutionId,
        PipelineId = execution.PipelineId,
        StageStatus = execution.StageStatus,
        Complete = execution.Complete,
        Status = execution.Status,
        Exception = execution.Exception?.DeepClone().AsObject(),
        Result = execution.Complete && execution.Status == ExecutionStatus.Succeeded ? execution.Result : null,
        Config = execution.Config,
        CanaryConfigId = execution.CanaryConfigId,
        CanaryExecutionRequest = execution.CanaryExecutionRequest,
        MetricSetPairListId = execution.MetricSetPairListId,
        BuildTimeMillis = execution.BuildTimeMillis,
        BuildTimeIso = execution.BuildTimeIso,
        StartTimeMillis = execution.StartTimeMillis,
        StartTimeIso = execution.StartTimeIso,
        EndTimeMillis = execution.EndTimeMillis,
        EndTimeIso = execution.EndTimeIso,
        StorageAccountName = execution.StorageAccountName,
        MetricsAccountName = execution.MetricsAccountName,
        ConfigurationAccountName = execution.ConfigurationAccountName,
    };
}
