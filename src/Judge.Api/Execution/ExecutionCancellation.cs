using Judge.Api.Engine;

namespace Judge.Api.Execution;

/// <summary>
/// Ends an execution as canceled wherever it runs: its inline run on this host, its engine job on any replica, or —
/// when nothing runs it — right here. Repeating it changes nothing; a completed execution is left as it is.
/// </summary>
public sealed class ExecutionCancellation(
    ExecutionRepository executions,
    EngineScheduling engine,
    InlineRuns inline,
    CanaryExecutionRunner runner)
{
    public async Task CancelAsync(string storageAccountName, string executionId, CancellationToken cancellationToken)
    {
        var execution = await executions.FindAsync(storageAccountName, executionId, cancellationToken);
        if (execution is null or { Complete: true })
            return;
        if (inline.TryCancel(executionId))
            return;
        if (await engine.RequestCancelAsync(JobNames.Execution(executionId), cancellationToken))
            return;
        // No job and no inline run: nothing else writes the document.
        await runner.CancelAsync(execution);
    }
}
