using System.Text.Json.Nodes;
using Judge.Api.Problems;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>How a stage's failure is told: what a failed fetch says, and the exception a failed stage stores.</summary>
public static class StageFailures
{
    /// <summary>The stored exception of a stage that failed with <paramref name="failure"/>.</summary>
    public static JsonObject Describe(ExecutionStage stage, Exception failure) => failure switch
    {
        StageFailedException => StageException.Describe((failure.InnerException ?? failure).GetType().Name, [failure.Message]),
        MetricMixException => StageException.Describe(failure.GetType().Name, [failure.Message]),
        // Client-facing problems (an unknown account or judge, a pair that cannot be judged) name their fields.
        ProblemException problem => StageException.Describe(
            failure.GetType().Name,
            problem.Errors is { Count: > 0 } errors
                ? errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")).ToList()
                : [problem.Message]),
        _ => StageException.Describe(failure.GetType().Name, [$"Stage {stage.RefId} failed: {failure.Message}"]),
    };

    /// <summary>The failure a fetch stage reports when its provider's fetch failed (or, <paramref name="timedOut"/>, took too long).</summary>
    public static StageFailedException OfFetch(Exception failure, FetchPlan plan, string accountName, bool timedOut, TimeSpan timeout)
    {
        var side = plan.Side.ToString().ToLowerInvariant();
        return failure switch
        {
            OperationCanceledException when timedOut => new StageFailedException(
                $"Fetching the {side} series of metric '{plan.Query.MetricName}' from account '{accountName}' timed out after {timeout} (Judge:Execution:FetchTimeout).", failure),
            MetricFetchException => new StageFailedException($"Fetching the {side} series: {failure.Message}", failure),
            MetricQueryException => new StageFailedException($"Fetching the {side} series from account '{accountName}': {failure.Message}", failure),
            // Unknown provider failures can carry URLs or payloads: only their kind is reported.
            _ => new StageFailedException(
                $"Fetching the {side} series of metric '{plan.Query.MetricName}' from account '{accountName}' failed: {failure.GetType().Name}.", failure),
        };
    }
}
