using System.Collections.Concurrent;

namespace Judge.Api.Execution;

/// <summary>
/// Executions this host runs inline (a synchronous gate) rather than as engine jobs, with the token a client's cancel
/// signals while they run here.
/// </summary>
public sealed class InlineRuns
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new(StringComparer.Ordinal);

    /// <summary>Registers the run; dispose the result when it is over.</summary>
    public Registration Begin(string executionId)
    {
        var source = new CancellationTokenSource();
        running[executionId] = source;
        return new Registration(this, executionId, source);
    }

    /// <summary>Signals the inline run to end as canceled; false when the execution does not run inline here.</summary>
    public bool TryCancel(string executionId)
    {
        if (!running.TryGetValue(executionId, out var source))
            return false;
        try
        {
            source.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public sealed class Registration(InlineRuns runs, string executionId, CancellationTokenSource source) : IDisposable
    {
        public CancellationToken Canceled => source.Token;

        public void Dispose()
        {
            runs.running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(executionId, source));
            source.Dispose();
        }
    }
}
