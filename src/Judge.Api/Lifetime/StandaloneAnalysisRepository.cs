using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Lifetime;

/// <summary>Analysis documents in their storage account's standalone_canary_archive.</summary>
public sealed class StandaloneAnalysisRepository(ObjectStoreResolver stores, AccountCatalog accounts)
{
    public IEnumerable<string> StorageAccountNames =>
        accounts.All.Where(a => a.Supports(AccountUse.ObjectStore)).Select(a => a.Name);

    private IObjectStore Store(string storageAccountName) => stores.Resolve(storageAccountName, AccountUse.ObjectStore).Store;

    public async Task<StandaloneAnalysis?> FindAsync(string storageAccountName, string analysisId, CancellationToken cancellationToken)
    {
        if (!ObjectId.IsValid(analysisId))
            return null;
        var json = await Store(storageAccountName).ReadAsync(ObjectType.StandaloneCanaryResultArchive, analysisId, cancellationToken);
        return json is null ? null : StoredJson.Deserialize<StandaloneAnalysis>(json, $"canary analysis '{analysisId}'");
    }

    /// <summary>Searches <paramref name="storageAccountName"/>, or every storage account (the default first) when it is not given.</summary>
    public async Task<StandaloneAnalysis?> FindAnywhereAsync(string? storageAccountName, string analysisId, CancellationToken cancellationToken)
    {
        var first = stores.Resolve(storageAccountName, AccountUse.ObjectStore).Account.Name;
        var candidates = string.IsNullOrWhiteSpace(storageAccountName)
            ? StorageAccountNames.Where(name => name != first).Prepend(first)
            : [first];
        foreach (var account in candidates)
        {
            if (await FindAsync(account, analysisId, cancellationToken) is { } analysis)
                return analysis;
        }
        return null;
    }

    public Task SaveAsync(StandaloneAnalysis analysis, CancellationToken cancellationToken) =>
        Store(analysis.StorageAccountName).WriteAsync(
            ObjectType.StandaloneCanaryResultArchive, analysis.PipelineId, StoredJson.Serialize(analysis), fileName: null, cancellationToken);

    /// <summary>The ids of the account's analyses that are not complete; unreadable documents are skipped.</summary>
    public async Task<IReadOnlyList<string>> IncompleteAsync(string storageAccountName, CancellationToken cancellationToken)
    {
        var incomplete = new List<string>();
        foreach (var summary in await Store(storageAccountName).ListAsync(ObjectType.StandaloneCanaryResultArchive, cancellationToken))
        {
            try
            {
                if (await FindAsync(storageAccountName, summary.Id, cancellationToken) is { Complete: false })
                    incomplete.Add(summary.Id);
            }
            catch (InvalidDataException)
            {
            }
        }
        return incomplete;
    }
}
