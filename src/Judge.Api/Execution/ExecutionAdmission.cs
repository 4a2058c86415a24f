using Judge.Api.Engine;
using Microsoft.Extensions.Options;

namespace Judge.Api.Execution;

/// <summary>
/// Refuses a start while Judge:Execution:MaxQueued executions are unfinished in the engine (waiting or running, on every
/// replica sharing it), instead of letting the queue grow without bound.
/// </summary>
public sealed class ExecutionAdmission(EngineScheduling engine, IOptions<ExecutionOptions> options)
{
    /// <summary>When a refused client may try again: about how long a slot takes to free.</summary>
    public const int RetryAfterSeconds = 30;

    /// <exception cref="QueueFullException">the engine holds MaxQueued unfinished executions.</exception>
    public async Task EnsureRoomAsync(CancellationToken cancellationToken)
    {
        var max = options.Value.MaxQueued;
        if (await engine.UnfinishedExecutionsAsync(cancellationToken) >= max)
            throw new QueueFullException(max, RetryAfterSeconds);
    }
}
