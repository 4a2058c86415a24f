using Judge.Api.Problems;

namespace Judge.Api.Execution;

/// <summary>429: Judge:Execution:MaxQueued executions are waiting or running; answered with Retry-After.</summary>
public sealed class QueueFullException(int maxQueued, int retryAfterSeconds) : ProblemException(
    StatusCodes.Status429TooManyRequests,
    "Too many queued executions",
    $"{maxQueued} executions are already waiting or running (Judge:Execution:MaxQueued); start again in {retryAfterSeconds} s.")
{
    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}
