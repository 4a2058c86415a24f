using System.Text.Json;
using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Execution;

/// <summary>Execution documents in their storage account's canary_archive, so any replica can answer for them.</summary>
public sealed class ExecutionRepository(ObjectStoreResolver stores, AccountCatalog accounts)
{
    /// <summary>The names of every account executions can be stored in.</summary>
    public IEnumerable<string> StorageAccountNames =>
        accounts.All.Where(a => a.Supports(AccountUse.ObjectStore)).Select(a => a.Name);

    public IObjectStore Store(string storageAccountName) => stores.Resolve(storageAccountName, AccountUse.ObjectStore).Store;

    public async Task<CanaryExecution?> FindAsync(string storageAccountName, string executionId, CancellationToken cancellationToken)
    {
        if (!ObjectId.IsValid(executionId))
            return null;
        var json = await Store(storageAccountName).ReadAsync(ObjectType.CanaryResultArchive, executionId, cancellationToken);
        return json is null ? null : StoredJson.Deserialize<CanaryExecution>(json, $"canary execution '{executionId}'");
    }

    public Task SaveAsync(CanaryExecution execution, CancellationToken cancellationToken) =>
        Store(execution.StorageAccountName).WriteAsync(
            ObjectType.CanaryResultArchive, execution.PipelineId, StoredJson.Serialize(execution), fileName: null, cancellationToken);

    /// <summary>Every execution document of the account; unreadable ones (not written by this engine) are skipped.</summary>
    public async IAsyncEnumerable<CanaryExecution> ListAsync(
        string storageAccountName,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var summaries = await Store(storageAccountName).ListAsync(ObjectType.CanaryResultArchive, cancellationToken);
        foreach (var summary in summaries)
        {
            CanaryExecution? execution;
            try
            {
                execution = await FindAsync(storageAccountName, summary.Id, cancellationToken);
            }
            catch (InvalidDataException)
            {
                continue;
            }
            if (execution is not null)
                yield return execution;
        }
    }
}
