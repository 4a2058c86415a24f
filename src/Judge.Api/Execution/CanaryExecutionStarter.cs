using Judge.Api.Accounts;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Storage;
using Judge.MetricSources;

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
}

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
    /// <exception cref="ProblemException">400: a metric's query cannot be built for a scope.</exception>
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
        var metricsAccount = sources.RecordedAccountName(start.Config, start.MetricsAccountName);
        EnsureQueriesBuild(start);

        var execution = new CanaryExecution
        {
            PipelineId = start.ExecutionId ?? ObjectId.New(),
            Application = start.Application,
            ParentPipelineExecutionId = start.ParentPipelineExecutionId,
            CanaryConfigId = start.CanaryConfigId,
            Config = start.Config,
            CanaryExecutionRequest = start.Request,
            StorageAccountName = storage,
            MetricsAccountName = metricsAccount,
            ConfigurationAccountName = start.ConfigurationAccountName,
            ConfidenceLevel = start.ConfidenceLevel,
            EarlyPassConfidenceLevel = start.EarlyPassConfidenceLevel,
            BuildTimeMillis = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Stages = StageNames.For(start.Config.Metrics?.Count ?? 0).Select(refId => new ExecutionStage { RefId = refId }).ToList(),
        };
        await repository.SaveAsync(execution, cancellationToken);
        return execution;
    }

    /// <summary>
    /// Builds every query without sending it (Kayenta's dry run), so that a query config that cannot work with these
    /// scopes (an undefined template variable, say) is the client's 400 now rather than a terminal execution later.
    /// </summary>
    private void EnsureQueriesBuild(ExecutionStart start)
    {
        var errors = new List<FieldError>();
        foreach (var plan in FetchPlan.For(start.Config, start.Request))
        {
            try
            {
                sources.For(start.MetricsAccountName, plan.Query.Config.Type).Source.BuildQuery(plan.Query);
            }
            catch (MetricQueryException ex)
            {
                var path = JudgeProblems.Prefixed(start.ConfigPath, $"metrics[{plan.MetricIndex}].query.{ex.Field}");
                if (errors.All(e => e.Path != path))
                    errors.Add(new FieldError(path, ex.Message));
            }
        }
        if (errors.Count > 0)
            throw errors.ToProblem("A metric's query cannot be built for the requested scopes.");
    }
}
