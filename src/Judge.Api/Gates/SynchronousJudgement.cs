using Judge.Api.Execution;

namespace Judge.Api.Gates;

/// <summary>
/// Runs an execution inline, through the same engine stages as POST /canary, and waits for it at most until a deadline.
/// The execution is an ordinary stored one: when the deadline passes (or the caller hangs up) it is handed to the
/// background worker, which finishes it so that its verdict can still be read later.
/// </summary>
public sealed class SynchronousJudgement(
    CanaryExecutionStarter starter,
    CanaryExecutionRunner runner,
    ExecutionQueue queue,
    TimeProvider clock)
{
    /// <returns>The execution as the run left it: complete, or not yet (deadline passed).</returns>
    /// <exception cref="Accounts.AccountResolutionException">an account cannot be resolved (nothing is stored).</exception>
    public async Task<CanaryExecution> RunAsync(ExecutionStart start, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var execution = await starter.CreateAsync(start, cancellationToken);
        var ticket = new ExecutionTicket(execution.StorageAccountName, execution.PipelineId);
        // Claimed so that nothing else on this host picks the document up while it runs here.
        queue.TryReserve(ticket);
        using var timeout = new CancellationTokenSource(deadline, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await runner.RunAsync(execution, linked.Token, queue.CancellationFor(ticket));
        }
        finally
        {
            // A cancelled run may have finished in memory while its last write was cut short: the worker settles it.
            if (execution.Complete && !linked.IsCancellationRequested)
                queue.Release(ticket);
            else
                await queue.EnqueueReservedAsync(ticket, CancellationToken.None);
        }
        return execution;
    }
}
