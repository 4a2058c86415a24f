using Judge.Api.Accounts;
using Judge.Api.Storage;

namespace Judge.Api.Apis;

/// <summary>
/// The OBJECT_STORE account a stored-list route reads or writes (query accountName; without it the default one),
/// bound with [AsParameters].
/// </summary>
public readonly record struct ObjectStoreAccount([FromQuery] string? AccountName, ObjectStoreResolver Stores)
{
    public IObjectStore Resolve() => Stores.Resolve(AccountName, AccountUse.ObjectStore).Store;
}
