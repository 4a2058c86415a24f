using Judge.Api.Accounts;
using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>A validated POST /canary: the config to run, the request, and the account names as the client gave them (or not).</summary>
public sealed record ExecutionStart(
    string Application,
    string? ParentPipelineExecutionId,
    string? CanaryConfigId,
    CanaryConfig Config,
    CanaryExecutionRequest Request,
    string? StorageAccountName,
    string? MetricsAccountName,
    string? ConfigurationAccountName);

/// <summary>
/// Resolves an execution's accounts to concrete names, stores its document and queues it; the stages run in the
/// background. Account problems surface here, as 400s, before anything is stored.
/// </summary>
public sealed class CanaryExecutionStarter(
    ExecutionRepository repository,
    ExecutionQueue queue,
    ObjectStoreResolver stores,
    MetricSourceChoice sources,
    TimeProvider clock)
{
    /// <exception cref="AccountResolutionException">an account cannot be resolved.</exception>
    public async Task<string> StartAsync(ExecutionStart start, CancellationToken cancellationToken)
    {
        var execution = await CreateAsync(start, cancellationToken);
        // The stored document is the commitment: should queueing not happen now, the next start resumes it.
        await queue.TryEnqueueAsync(new ExecutionTicket(execution.StorageAccountName, execution.PipelineId), CancellationToken.None);
        return execution.PipelineId;
    }

    /// <summary>Stores the execution's document without queueing it, for a caller that runs it itself (a synchronous gate).</summary>
    /// <exception cref="AccountResolutionException">an account cannot be resolved.</exception>
    public async Task<CanaryExecution> CreateAsync(ExecutionStart start, CancellationToken cancellationToken)
    {
        var storage = stores.Resolve(start.StorageAccountName, AccountUse.ObjectStore).Account.Name;
        var metricsAccounts = (start.Config.Metrics ?? [])
            .Select(metric => sources.For(start.MetricsAccountName, metric.Query!.Type).Account.Name)
            .ToList();

        var execution = new CanaryExecution
        {
            PipelineId = ObjectId.New(),
            Application = start.Application,
            ParentPipelineExecutionId = start.ParentPipelineExecutionId,
            CanaryConfigId = start.CanaryConfigId,
            Config = start.Config,
            CanaryExecutionRequest = start.Request,
            StorageAccountName = storage,
            MetricsAccountName = metricsAccounts.FirstOrDefault() ?? start.MetricsAccountName ?? "",
            ConfigurationAccountName = start.ConfigurationAccountName,
            BuildTimeMillis = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Stages = StageNames.For(start.Config.Metrics?.Count ?? 0).Select(refId => new ExecutionStage { RefId = refId }).ToList(),
        };
        await repository.SaveAsync(execution, cancellationToken);
        return execution;
    }
}

public sealed record CanaryExecutionIdResponse(string CanaryExecutionId);
