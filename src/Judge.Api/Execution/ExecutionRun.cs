using Judge.Api.Storage;
using Judge.Stats.Judging;

namespace Judge.Api.Execution;

/// <summary>
/// One pass of the runner over an execution: its document, the plan it fetches by, the judge its setup resolved, and
/// the gate that serializes document changes and writes (fetches run in parallel).
/// </summary>
public sealed class ExecutionRun(CanaryExecution execution, ExecutionPlan plan, ExecutionRepository repository)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public CanaryExecution Execution { get; } = execution;

    public ExecutionPlan Plan { get; } = plan;

    /// <summary>Set by the setup stage; a resumed run whose setup had already succeeded leaves it to the judge stage.</summary>
    public ICanaryJudge? Judge { get; set; }

    /// <summary>Where the stages keep their outputs: the execution's storage account.</summary>
    public IObjectStore Store => repository.Store(Execution.StorageAccountName);

    /// <summary>Changes the document and stores it (with any change held since the last write), one change at a time.</summary>
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
        await gate.WaitAsync(cancellationToken);
        try
        {
            change(Execution);
            if (store)
                await repository.SaveAsync(Execution, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
