using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>What POST /canary decided: the config to run, the request, and the accounts resolved to concrete names.</summary>
public sealed record ExecutionStart(
    string Application,
    string? ParentPipelineExecutionId,
    string? CanaryConfigId,
    CanaryConfig Config,
    CanaryExecutionRequest Request,
    string StorageAccountName,
    string MetricsAccountName,
    string? ConfigurationAccountName);

/// <summary>Stores a new execution document and queues it; the stages run in the background.</summary>
public sealed class CanaryExecutionStarter(ExecutionRepository repository, ExecutionQueue queue, TimeProvider clock)
{
    public async Task<string> StartAsync(ExecutionStart start, CancellationToken cancellationToken)
    {
        var execution = new CanaryExecution
        {
            PipelineId = ObjectId.New(),
            Application = start.Application,
            ParentPipelineExecutionId = start.ParentPipelineExecutionId,
            CanaryConfigId = start.CanaryConfigId,
            Config = start.Config,
            CanaryExecutionRequest = start.Request,
            StorageAccountName = start.StorageAccountName,
            MetricsAccountName = start.MetricsAccountName,
            ConfigurationAccountName = start.ConfigurationAccountName,
            BuildTimeMillis = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Stages = StageNames.For(start.Config.Metrics?.Count ?? 0).Select(refId => new ExecutionStage { RefId = refId }).ToList(),
        };
        await repository.SaveAsync(execution, cancellationToken);
        // The stored document is the commitment: if queueing fails now, the next start resumes it.
        await queue.TryEnqueueAsync(new ExecutionTicket(execution.StorageAccountName, execution.PipelineId), CancellationToken.None);
        return execution.PipelineId;
    }
}
