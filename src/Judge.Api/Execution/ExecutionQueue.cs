using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Judge.Api.Execution;

/// <summary>
/// Executions waiting for the worker, by where their document lives, and the ones this host has claimed. An execution
/// is queued at most once at a time; its claim carries the token that a client's cancel signals.
/// </summary>
public sealed class ExecutionQueue
{
    private readonly Channel<ExecutionTicket> channel = Channel.CreateUnbounded<ExecutionTicket>();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> claims = new(StringComparer.Ordinal);

    /// <summary>False when the execution is already queued or running on this host.</summary>
    public async ValueTask<bool> TryEnqueueAsync(ExecutionTicket ticket, CancellationToken cancellationToken)
    {
        if (!TryReserve(ticket))
            return false;
        await EnqueueReservedAsync(ticket, cancellationToken);
        return true;
    }

    /// <summary>Claims the execution for this host without queueing it yet; false when it is already claimed.</summary>
    public bool TryReserve(ExecutionTicket ticket)
    {
        var source = new CancellationTokenSource();
        if (claims.TryAdd(ticket.ExecutionId, source))
            return true;
        source.Dispose();
        return false;
    }

    public ValueTask EnqueueReservedAsync(ExecutionTicket ticket, CancellationToken cancellationToken) =>
        channel.Writer.WriteAsync(ticket, cancellationToken);

    /// <summary>The token a client's cancel signals for a claimed execution; none when this host has not claimed it.</summary>
    public CancellationToken CancellationFor(ExecutionTicket ticket)
    {
        try
        {
            return claims.TryGetValue(ticket.ExecutionId, out var source) ? source.Token : CancellationToken.None;
        }
        catch (ObjectDisposedException)
        {
            return CancellationToken.None;
        }
    }

    /// <summary>Signals the claim holder to end the execution as canceled; false when this host has not claimed it.</summary>
    public bool TryCancel(string executionId)
    {
        if (!claims.TryGetValue(executionId, out var source))
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

    /// <summary>The execution's run on this host is over (finished or interrupted).</summary>
    public void Release(ExecutionTicket ticket)
    {
        if (claims.TryRemove(ticket.ExecutionId, out var source))
            source.Dispose();
    }

    public IAsyncEnumerable<ExecutionTicket> ReadAllAsync(CancellationToken cancellationToken) =>
        channel.Reader.ReadAllAsync(cancellationToken);
}
