using Judge.Api.Storage;

namespace Judge.Api.Accounts;

/// <summary>The object store behind an account (each storage account is a keyed IObjectStore, key = account name).</summary>
public sealed class ObjectStoreResolver(AccountCatalog accounts, IServiceProvider services)
{
    /// <param name="use">ConfigurationStore for configs, ObjectStore for everything else.</param>
    /// <exception cref="AccountResolutionException">no such account.</exception>
    public ResolvedObjectStore Resolve(string? accountName, AccountUse use)
    {
        var account = accounts.Resolve(accountName, use);
        return new ResolvedObjectStore(account, services.GetRequiredKeyedService<IObjectStore>(account.Name));
    }

    /// <summary>
    /// Where configs are read from. Like <c>Resolve(name, ConfigurationStore)</c>, except that the name of a storage
    /// account that is not a CONFIGURATION_STORE falls back to the default CONFIGURATION_STORE account: Argo Rollouts'
    /// Kayenta provider looks configs up with its storageAccountName as configurationAccountName, so with separate
    /// config and object stores that lookup must still find the configs. Unknown names still fail.
    /// </summary>
    /// <exception cref="AccountResolutionException">no such account, or no configuration store at all.</exception>
    public ResolvedObjectStore ResolveForConfigReads(string? accountName)
    {
        var named = string.IsNullOrWhiteSpace(accountName) ? null : accounts.All.FirstOrDefault(a => a.Name == accountName);
        var storageOnly = named is not null && named.Supports(AccountUse.ObjectStore) && !named.Supports(AccountUse.ConfigurationStore);
        return Resolve(storageOnly ? null : accountName, AccountUse.ConfigurationStore);
    }
}

public sealed record ResolvedObjectStore(ConfiguredAccount Account, IObjectStore Store);
