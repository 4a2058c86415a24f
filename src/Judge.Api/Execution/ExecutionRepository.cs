using System.Text.Json;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>Execution documents in their storage account's canary_archive, so any replica can answer for them.</summary>
public sealed class ExecutionRepository(IExecutionAccounts accounts)
{
    public async Task<CanaryExecution?> FindAsync(string storageAccountName, string executionId, CancellationToken cancellationToken)
    {
        if (!ObjectId.IsValid(executionId))
            return null;
        var json = await accounts.ObjectStore(storageAccountName).ReadAsync(ObjectType.CanaryResultArchive, executionId, cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<CanaryExecution>(json, JudgeJson.Options);
    }

    public Task SaveAsync(CanaryExecution execution, CancellationToken cancellationToken) =>
        accounts.ObjectStore(execution.StorageAccountName).WriteAsync(
            ObjectType.CanaryResultArchive,
            execution.PipelineId,
            JsonSerializer.SerializeToUtf8Bytes(execution, JudgeJson.Options),
            fileName: null,
            cancellationToken);

    /// <summary>Every execution document of the account; unreadable ones are skipped.</summary>
    public async IAsyncEnumerable<CanaryExecution> ListAsync(
        string storageAccountName,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var summaries = await accounts.ObjectStore(storageAccountName).ListAsync(ObjectType.CanaryResultArchive, cancellationToken);
        foreach (var summary in summaries)
        {
            CanaryExecution? execution;
            try
            {
                execution = await FindAsync(storageAccountName, summary.Id, cancellationToken);
            }
            catch (JsonException)
            {
                continue;
            }
            if (execution is not null)
                yield return execution;
        }
    }
}
