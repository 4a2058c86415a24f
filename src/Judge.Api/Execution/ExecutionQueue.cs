using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Judge.Api.Execution;

/// <summary>Executions waiting for the worker, by where their document lives. An execution is queued at most once at a time.</summary>
public sealed class ExecutionQueue
{
    private readonly Channel<ExecutionTicket> channel = Channel.CreateUnbounded<ExecutionTicket>();
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);

    /// <summary>False when the execution is already queued or running on this host.</summary>
    public async ValueTask<bool> TryEnqueueAsync(ExecutionTicket ticket, CancellationToken cancellationToken)
    {
        if (!TryReserve(ticket))
            return false;
        await EnqueueReservedAsync(ticket, cancellationToken);
        return true;
    }

    /// <summary>Claims the execution for this host without queueing it yet; false when it is already claimed.</summary>
    public bool TryReserve(ExecutionTicket ticket) => pending.TryAdd(ticket.ExecutionId, 0);

    public ValueTask EnqueueReservedAsync(ExecutionTicket ticket, CancellationToken cancellationToken) =>
        channel.Writer.WriteAsync(ticket, cancellationToken);

    /// <summary>The execution's run on this host is over (finished or interrupted).</summary>
    public void Release(ExecutionTicket ticket) => pending.TryRemove(ticket.ExecutionId, out _);

    public IAsyncEnumerable<ExecutionTicket> ReadAllAsync(CancellationToken cancellationToken) =>
        channel.Reader.ReadAllAsync(cancellationToken);
}
