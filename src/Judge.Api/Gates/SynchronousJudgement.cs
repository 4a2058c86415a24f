using Judge.Api.Engine;
using Judge.Api.Execution;

namespace Judge.Api.Gates;

/// <summary>
/// Runs an execution inline, through the same engine stages as POST /canary, and waits for it at most until a deadline.
/// The execution is an ordinary stored one with an engine job held back until after the deadline, so should this host
/// die mid-run another replica still finishes it; when the deadline passes (or the caller hangs up) the job is fired at
/// once, so that its verdict can still be read later.
/// </summary>
public sealed class SynchronousJudgement(
    CanaryExecutionStarter starter,
    CanaryExecutionRunner runner,
    EngineScheduling engine,
    InlineRuns inline,
    TimeProvider clock)
{
    /// <summary>How long after its deadline an inline run's job waits for a host that died mid-run.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <returns>The execution as the run left it: complete, or not yet (deadline passed).</returns>
    /// <exception cref="Accounts.AccountResolutionException">an account cannot be resolved (nothing is stored).</exception>
    public async Task<CanaryExecution> RunAsync(ExecutionStart start, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var (execution, plan) = await starter.CreateAsync(start, cancellationToken);
        var job = JobNames.Execution(execution.PipelineId);
        await engine.ScheduleExecutionAsync(execution.StorageAccountName, execution.PipelineId, CancellationToken.None,
            clock.GetUtcNow() + deadline + Grace);
        using var timeout = new CancellationTokenSource(deadline, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        using (var run = inline.Begin(execution.PipelineId))
            await runner.RunAsync(execution, linked.Token, run.Canceled, plan);

        var scheduler = await engine.SchedulerAsync(CancellationToken.None);
        // A cancelled run may have finished in memory while its last write was cut short: the job settles it.
        if (execution.Complete && !linked.IsCancellationRequested)
            await scheduler.DeleteJob(job, CancellationToken.None);
        else
            await scheduler.TriggerJob(job, null, CancellationToken.None);
        return execution;
    }
}
