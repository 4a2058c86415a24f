using Judge.Api.Storage;
using Microsoft.Extensions.Options;

namespace Judge.Api.Execution;

/// <summary>
/// Runs one execution's stages, persisting the document as each starts and ends so that any replica can report it and
/// a restarted host can resume it: stages already succeeded (with their stored outputs) are not redone. The stages do
/// the work; this only orders them, records their outcomes and ends the execution.
/// </summary>
public sealed class CanaryExecutionRunner(
    ExecutionRepository repository,
    ExecutionMetricSources sources,
    SetupStage setup,
    FetchStage fetch,
    MixStage mix,
    JudgeStage judge,
    ExecutionTransitions transitions,
    IOptions<ExecutionOptions> options,
    ILogger<CanaryExecutionRunner> logger)
{
    /// <summary>
    /// Runs the execution to completion. <paramref name="cancellationToken"/> (a host stop, a gate's deadline) stops it
    /// where it is and leaves the document resumable; <paramref name="canceledByClient"/> (PUT …/cancel) stops it and
    /// ends it as canceled.
    /// </summary>
    /// <param name="plan">The starter's plan when it runs the execution in the same call; otherwise it is resolved here, once per run.</param>
    public async Task RunAsync(CanaryExecution execution, CancellationToken cancellationToken, CancellationToken canceledByClient = default,
        ExecutionPlan? plan = null)
    {
        if (execution.Complete)
            return;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, canceledByClient);
        plan ??= new ExecutionPlan(sources.ForExecution(execution), execution.Config, execution.CanaryExecutionRequest);
        try
        {
            await ExecuteAsync(new ExecutionRun(execution, plan, repository), either.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Execution {ExecutionId} interrupted; it resumes from its last stored stage.", execution.PipelineId);
        }
        catch (OperationCanceledException) when (canceledByClient.IsCancellationRequested)
        {
            await CancelAsync(execution);
        }
    }

    /// <summary>Ends an execution nobody else writes as canceled: the stage in flight says so, later stages never run.</summary>
    public async Task CancelAsync(CanaryExecution execution)
    {
        if (execution.Complete)
            return;
        transitions.End(execution, ExecutionStatus.Canceled, "ExecutionCanceled", "The execution was canceled by a client (PUT …/cancel).");
        // Not cancellable: a half-recorded cancel is worse than a late one.
        await repository.SaveAsync(execution, CancellationToken.None);
        logger.LogInformation("Execution {ExecutionId} canceled.", execution.PipelineId);
    }

    /// <summary>Marks an execution that cannot go on as terminal, with the reason as its exception.</summary>
    public async Task AbandonAsync(CanaryExecution execution, string reason, CancellationToken cancellationToken)
    {
        transitions.End(execution, ExecutionStatus.Terminal, "ExecutionAbandoned", reason);
        await repository.SaveAsync(execution, cancellationToken);
    }

    // The setup, mix and judge stages end in a held change: the write that follows at once (the next stage's start, the
    // execution's end) stores it. The execution's RUNNING status is likewise stored with the first stage's start.
    private async Task ExecuteAsync(ExecutionRun run, CancellationToken cancellationToken)
    {
        await run.HoldAsync(e =>
        {
            e.Status = ExecutionStatus.Running;
            e.StartTimeMillis ??= transitions.Now();
        }, cancellationToken);

        if (!await StageAsync(run, StageNames.SetupContext, setup.RunAsync, holdSuccess: true, cancellationToken))
            return;
        if (!await FetchAllAsync(run, cancellationToken))
            return;
        if (!await StageAsync(run, StageNames.MixMetrics, mix.RunAsync, holdSuccess: true, cancellationToken))
            return;
        if (!await StageAsync(run, StageNames.Judge, judge.RunAsync, holdSuccess: true, cancellationToken))
            return;

        await run.UpdateAsync(e => transitions.Finish(e, ExecutionStatus.Succeeded), cancellationToken);
    }

    /// <summary>Runs a stage unless it already succeeded; false when it failed (the execution is then terminal).</summary>
    private async Task<bool> StageAsync(ExecutionRun run, string refId, Func<ExecutionRun, ExecutionStage, CancellationToken, Task> work,
        bool holdSuccess, CancellationToken cancellationToken)
    {
        var stage = run.Execution.Stage(refId);
        if (stage.Status == ExecutionStatus.Succeeded)
            return true;
        await run.UpdateAsync(e =>
        {
            // A sibling fetch failed and ended the execution after this stage was scheduled.
            if (e.Complete)
                throw new OperationCanceledException("The execution has already ended.");
            transitions.Begin(stage);
        }, cancellationToken);
        try
        {
            await work(run, stage, cancellationToken);
        }
        // A transient storage failure fails no stage: the engine runs the execution again once storage is back.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !TransientFailure.IsTransient(ex))
        {
            await run.UpdateAsync(e =>
            {
                transitions.Fail(e, stage, ex);
                // A fetch that ignored the cancellation after a sibling's failure must not end the execution twice.
                if (!e.Complete)
                    transitions.Finish(e, ExecutionStatus.Terminal);
            }, cancellationToken);
            return false;
        }
        if (holdSuccess)
            await run.HoldAsync(_ => transitions.Succeed(stage), cancellationToken);
        else
            await run.UpdateAsync(_ => transitions.Succeed(stage), cancellationToken);
        return true;
    }

    private async Task<bool> FetchAllAsync(ExecutionRun run, CancellationToken cancellationToken)
    {
        var pending = run.Plan.Fetches
            .Where(plan => run.Execution.Stage(plan.StageRefId) is not { Status: ExecutionStatus.Succeeded, MetricSetListId: not null })
            .ToList();
        if (pending.Count == 0)
            return true;

        // One failed fetch fails the execution, so the others are stopped rather than left to finish.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.MaxParallelFetches,
            CancellationToken = failed.Token,
        };
        try
        {
            await Parallel.ForEachAsync(pending, parallel, async (plan, token) =>
            {
                if (!await StageAsync(run, plan.StageRefId, (r, stage, t) => fetch.RunAsync(r, plan, stage, t), holdSuccess: false, token))
                    await failed.CancelAsync();
            });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A sibling failed; its stage already holds the reason.
        }
        return run.Execution.Status != ExecutionStatus.Terminal;
    }
}
