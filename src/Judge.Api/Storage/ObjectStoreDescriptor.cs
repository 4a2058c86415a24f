using Judge.MetricSources.Accounts;

namespace Judge.Api.Storage;

/// <summary>A storage backend (an OBJECT_STORE / CONFIGURATION_STORE account type): its settings and how one account's store is built.</summary>
public sealed class ObjectStoreDescriptor : AccountTypeDescriptor
{
    /// <summary>Builds the account's store from its validated settings.</summary>
    public required Func<IServiceProvider, AccountSettings, IObjectStore> Create { get; init; }
}
