namespace Judge.Api.Execution;

/// <summary>GET /canary/executions: an application's executions in one storage account, newest first, a page at a time.</summary>
public sealed class CanaryExecutionListing(ExecutionRepository repository)
{
    public async Task<IReadOnlyList<CanaryExecutionStatusResponse>> ListAsync(
        string storageAccountName, string application, IReadOnlySet<string> statuses, int limit, int page, CancellationToken cancellationToken)
    {
        var matches = new List<CanaryExecution>();
        await foreach (var (_, execution) in repository.ListAsync(storageAccountName, cancellationToken))
        {
            if (execution.Application == application && statuses.Contains(execution.Status))
                matches.Add(execution);
        }
        return matches
            .OrderByDescending(e => e.BuildTimeMillis)
            .ThenBy(e => e.PipelineId, StringComparer.Ordinal)
            .Skip((page - 1) * limit)
            .Take(limit)
            .Select(CanaryExecutionStatusResponse.From)
            .ToList();
    }
}
