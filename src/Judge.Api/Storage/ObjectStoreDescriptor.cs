using Judge.MetricSources.Accounts;

namespace Judge.Api.Storage;

/// <summary>A storage backend (an OBJECT_STORE / CONFIGURATION_STORE account type): its settings and how one account's store is built.</summary>
public abstract class ObjectStoreDescriptor : AccountTypeDescriptor
{
    // Only the generic descriptor derives from this one.
    private protected ObjectStoreDescriptor(string type, Type optionsType) : base(type, optionsType)
    {
    }

    /// <summary>Builds the account's store from its validated settings.</summary>
    public abstract IObjectStore Create(IServiceProvider services, AccountSettings settings);
}

/// <summary>A storage backend whose accounts are read as <typeparamref name="TOptions"/>.</summary>
public sealed class ObjectStoreDescriptor<TOptions>(string type) : ObjectStoreDescriptor(type, typeof(TOptions))
    where TOptions : class, new()
{
    /// <summary>Builds one account's store from its options.</summary>
    public required Func<IServiceProvider, TOptions, IObjectStore> CreateStore { get; init; }

    public override IObjectStore Create(IServiceProvider services, AccountSettings settings) =>
        CreateStore(services, settings.Bind<TOptions>());
}
