using Judge.Api.Accounts;
using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>A validated POST /canary: the config to run, the request, and the account names as the client gave them (or not).</summary>
/// <param name="ExecutionId">An id chosen by the caller (a standalone analysis records it before starting); null for a new one.</param>
public sealed record ExecutionStart(
    string Application,
    string? ParentPipelineExecutionId,
    string? CanaryConfigId,
    CanaryConfig Config,
    CanaryExecutionRequest Request,
    string? StorageAccountName,
    string? MetricsAccountName,
    string? ConfigurationAccountName,
    string? ExecutionId = null,
    double? ConfidenceLevel = null,
    double? EarlyPassConfidenceLevel = null)
{
    /// <summary>Where the config sits in the request body, for error paths: "" for a stored config, "canaryConfig" ad hoc.</summary>
    public string ConfigPath { get; init; } = "";

    /// <summary>Started by an analysis already admitted (its judgements), so Judge:Execution:MaxQueued does not refuse it.</summary>
    public bool Admitted { get; init; }
}

/// <summary>A stored execution and the plan its accounts were resolved into, for a caller that runs it at once.</summary>
public sealed record CreatedExecution(CanaryExecution Execution, ExecutionPlan Plan);

/// <summary>
/// Resolves an execution's accounts to concrete names, stores its document and schedules its engine job; the stages run
/// in the background, on whichever replica the engine fires the job. Account problems surface here, as 400s, before
/// anything is stored.
/// </summary>
public sealed class CanaryExecutionStarter(
    ExecutionRepository repository,
    Engine.EngineScheduling engine,
    StartServices starting)
{
    /// <exception cref="AccountResolutionException">an account cannot be resolved.</exception>
    /// <exception cref="Problems.ProblemException">400: a metric's query cannot be built for a scope.</exception>
    /// <exception cref="QueueFullException">Judge:Execution:MaxQueued executions are unfinished.</exception>
    public async Task<string> StartAsync(ExecutionStart start, CancellationToken cancellationToken)
    {
        if (!start.Admitted)
            await starting.EnsureRoomAsync(cancellationToken);
        var (execution, _) = await CreateAsync(start, cancellationToken);
        await engine.ScheduleExecutionAsync(execution.StorageAccountName, execution.PipelineId, CancellationToken.None);
        return execution.PipelineId;
    }

    /// <summary>Stores the execution's document without queueing it, for a caller that runs it itself (a synchronous gate).</summary>
    /// <exception cref="AccountResolutionException">an account cannot be resolved.</exception>
    public async Task<CreatedExecution> CreateAsync(ExecutionStart start, CancellationToken cancellationToken)
    {
        var storage = starting.StorageAccountName(start.StorageAccountName);
        var plan = new ExecutionPlan(starting.MetricAccounts(start.Config, start.MetricsAccountName), start.Config, start.Request);
        starting.DryRun.EnsureQueriesBuild(plan, start.ConfigPath);

        var execution = new CanaryExecution
        {
            PipelineId = start.ExecutionId ?? ObjectId.New(),
            Application = start.Application,
            ParentPipelineExecutionId = start.ParentPipelineExecutionId,
            CanaryConfigId = start.CanaryConfigId,
            Config = start.Config,
            CanaryExecutionRequest = start.Request,
            StorageAccountName = storage,
            MetricsAccountName = plan.Accounts.RecordedAccountName,
            ConfigurationAccountName = start.ConfigurationAccountName,
            ConfidenceLevel = start.ConfidenceLevel,
            EarlyPassConfidenceLevel = start.EarlyPassConfidenceLevel,
            BuildTimeMillis = starting.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Stages = StageNames.For(start.Config.Metrics?.Count ?? 0).Select(refId => new ExecutionStage { RefId = refId }).ToList(),
        };
        await repository.SaveAsync(execution, cancellationToken);
        return new CreatedExecution(execution, plan);
    }
}
