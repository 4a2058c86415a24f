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
}

public sealed record ResolvedObjectStore(JudgeAccount Account, IObjectStore Store);
