using Judge.Api.Accounts;
using Judge.Api.Json;

namespace Judge.Api.Storage;

/// <summary>What every <see cref="DocumentRepository{T}"/> reads and writes its documents with.</summary>
public sealed class DocumentStorage(ObjectStoreResolver stores, AccountCatalog accounts, HostJson json, ILoggerFactory loggers)
{
    public ObjectStoreResolver Stores => stores;
    public AccountCatalog Accounts => accounts;
    public HostJson Json => json;
    public ILoggerFactory Loggers => loggers;
}
