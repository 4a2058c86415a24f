using Judge.Api.Accounts;
using Judge.Api.Json;

namespace Judge.Api.Storage;

/// <summary>
/// JSON documents of one object type, one per id, each in the storage account it names, so any replica can answer for them.
/// </summary>
/// <param name="description">What a document is, for errors about an unreadable one ("canary execution").</param>
public abstract class DocumentRepository<T>(DocumentStorage storage, ObjectType type, string description)
    where T : class, IStoredDocument
{
    private readonly ObjectStoreResolver stores = storage.Stores;
    private readonly AccountCatalog accounts = storage.Accounts;
    private readonly HostJson json = storage.Json;
    private ILogger Logger => field ??= storage.Loggers.CreateLogger(GetType());

    /// <summary>The names of every account documents can be stored in.</summary>
    public IEnumerable<string> StorageAccountNames =>
        accounts.All.Where(a => a.Supports(AccountUse.ObjectStore)).Select(a => a.Name);

    public IObjectStore Store(string storageAccountName) => stores.Resolve(storageAccountName, AccountUse.ObjectStore).Store;

    public async Task<T?> FindAsync(string storageAccountName, string id, CancellationToken cancellationToken)
    {
        if (!ObjectId.IsValid(id))
            return null;
        var bytes = await Store(storageAccountName).ReadAsync(type, id, cancellationToken);
        return bytes is null ? null : StoredJson.Deserialize<T>(bytes, $"{description} '{id}'", json.Options);
    }

    /// <summary>
    /// The accounts to look in: <paramref name="storageAccountName"/> alone, or every storage account (the default one
    /// first) when it is not given.
    /// </summary>
    public IReadOnlyList<string> SearchOrder(string? storageAccountName)
    {
        var first = stores.Resolve(storageAccountName, AccountUse.ObjectStore).Account.Name;
        return string.IsNullOrWhiteSpace(storageAccountName)
            ? StorageAccountNames.Where(name => name != first).Prepend(first).ToList()
            : [first];
    }

    /// <summary>The document and the account it was found in, searching the accounts of <see cref="SearchOrder"/>.</summary>
    public async Task<(T Document, string StorageAccountName)?> FindAnywhereAsync(
        string? storageAccountName, string id, CancellationToken cancellationToken)
    {
        foreach (var account in SearchOrder(storageAccountName))
        {
            if (await FindAsync(account, id, cancellationToken) is { } document)
                return (document, account);
        }
        return null;
    }

    public Task SaveAsync(T document, CancellationToken cancellationToken) => WriteAsync(document, Snapshot(document), cancellationToken);

    /// <summary>The document as <see cref="SaveAsync"/> stores it, taken now, for a caller that writes it later.</summary>
    public byte[] Snapshot(T document) => StoredJson.Serialize(document, json.Options);

    /// <summary>Stores a <see cref="Snapshot"/> of <paramref name="document"/> under the document's id and account.</summary>
    public Task WriteAsync(T document, byte[] snapshot, CancellationToken cancellationToken) =>
        Store(document.StorageAccountName).WriteAsync(type, document.PipelineId, snapshot, fileName: null, cancellationToken);

    /// <summary>Every document of the account with the id it is stored under; damaged ones are skipped with a warning naming their key.</summary>
    public async IAsyncEnumerable<(string Id, T Document)> ListAsync(
        string storageAccountName,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var summaries = await Store(storageAccountName).ListAsync(type, cancellationToken);
        foreach (var summary in summaries)
        {
            T? document;
            try
            {
                document = await FindAsync(storageAccountName, summary.Id, cancellationToken);
            }
            catch (DamagedDocumentException)
            {
                Logger.LogWarning("Skipping the damaged {Description} stored at {ObjectKey} in storage account {Account}.",
                    description, $"{type.Group()}/{summary.Id}", storageAccountName);
                continue;
            }
            if (document is not null)
                yield return (summary.Id, document);
        }
    }
}
