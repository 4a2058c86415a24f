using Judge.Api.Accounts;
using Judge.Api.Storage;

namespace Judge.Api.Lifetime;

/// <summary>Analysis documents in their storage account's standalone_canary_archive.</summary>
public sealed class StandaloneAnalysisRepository(ObjectStoreResolver stores, AccountCatalog accounts, ILogger<StandaloneAnalysisRepository> logger)
    : DocumentRepository<StandaloneAnalysis>(stores, accounts, ObjectType.StandaloneCanaryResultArchive, "canary analysis", logger)
{
    /// <summary>The ids of the account's analyses that are not complete; unreadable documents are skipped.</summary>
    public async Task<IReadOnlyList<string>> IncompleteAsync(string storageAccountName, CancellationToken cancellationToken)
    {
        var incomplete = new List<string>();
        await foreach (var (id, analysis) in ListAsync(storageAccountName, cancellationToken))
        {
            if (!analysis.Complete)
                incomplete.Add(id);
        }
        return incomplete;
    }
}
