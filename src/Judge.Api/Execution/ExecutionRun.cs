using Judge.Api.Storage;
using Judge.Stats.Judging;

namespace Judge.Api.Execution;

/// <summary>
/// One pass of the runner over an execution: its document, the plan it fetches by, the judge its setup resolved, and
/// the gates that serialize document changes and writes (fetches run in parallel).
/// </summary>
public sealed class ExecutionRun(CanaryExecution execution, ExecutionPlan plan, ExecutionRepository repository)
{
    // Changes to the document, one at a time.
    private readonly SemaphoreSlim gate = new(1, 1);
    // Writes of the document, one at a time.
    private readonly SemaphoreSlim writing = new(1, 1);
    private long changes;   // changes made so far (under gate)
    private long stored;    // of those, the changes the last successful write holds (under writing)

    public CanaryExecution Execution { get; } = execution;

    public ExecutionPlan Plan { get; } = plan;

    /// <summary>Set by the setup stage; a resumed run whose setup had already succeeded leaves it to the judge stage.</summary>
    public ICanaryJudge? Judge { get; set; }

    /// <summary>Where the stages keep their outputs: the execution's storage account.</summary>
    public IObjectStore Store => repository.Store(Execution.StorageAccountName);

    /// <summary>
    /// Changes the document and stores it (with any change held or made by a sibling since the last write), one change
    /// at a time; returns once a write holding the change succeeded.
    /// </summary>
    public Task UpdateAsync(Action<CanaryExecution> change, CancellationToken cancellationToken) =>
        ChangeAsync(change, store: true, cancellationToken);

    /// <summary>
    /// Changes the document without storing it: the next write stores it. For a change the runner follows at once with
    /// a write (the next stage's start), so that the state between the two is never a write of its own.
    /// </summary>
    public Task HoldAsync(Action<CanaryExecution> change, CancellationToken cancellationToken) =>
        ChangeAsync(change, store: false, cancellationToken);

    private async Task ChangeAsync(Action<CanaryExecution> change, bool store, CancellationToken cancellationToken)
    {
        long made;
        await gate.WaitAsync(cancellationToken);
        try
        {
            change(Execution);
            made = ++changes;
        }
        finally
        {
            gate.Release();
        }
        if (store)
            await StoreAsync(made, cancellationToken);
    }

    // Group commit. Every write (a durable file write: an fsync) stores the whole document, and the parallel fetches
    // change it twice each: a change made while another write is in flight waits for that write, then is stored by the
    // next one together with every change made meanwhile, instead of by a write of its own. A caller still returns
    // only once a write holding its change succeeded; when that write fails, the next waiting caller writes again.
    private async Task StoreAsync(long change, CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            if (stored >= change)
                return;
            byte[] snapshot;
            long holds;
            await gate.WaitAsync(cancellationToken);
            try
            {
                snapshot = repository.Snapshot(Execution);
                holds = changes;
            }
            finally
            {
                gate.Release();
            }
            await repository.WriteAsync(Execution, snapshot, cancellationToken);
            stored = holds;
        }
        finally
        {
            writing.Release();
        }
    }
}
