using Judge.MetricSources;

namespace Judge.Api.Accounts;

/// <summary>The metric source behind a METRICS_STORE account (a keyed IMetricSource, key = account name).</summary>
public sealed class AccountMetricSources(AccountCatalog accounts, IServiceProvider services)
{
    /// <summary>
    /// A named account must be a METRICS_STORE of the query's provider type; an omitted name means the first
    /// METRICS_STORE account of that type.
    /// </summary>
    /// <exception cref="AccountResolutionException">no such account.</exception>
    public ResolvedMetricSource Resolve(string? accountName, string providerType)
    {
        ConfiguredAccount account;
        if (!string.IsNullOrWhiteSpace(accountName))
        {
            account = accounts.Resolve(accountName, AccountUse.MetricsStore);
            if (account.Type != providerType)
                throw new AccountResolutionException(
                    $"Unable to resolve account {accountName}: it is a {account.Type} account and the query is {providerType}.");
        }
        else
        {
            account = accounts.All.FirstOrDefault(a => a.Supports(AccountUse.MetricsStore) && a.Type == providerType)
                ?? throw new AccountResolutionException($"Unable to resolve account of type {AccountUse.MetricsStore.ToKayentaName()} for {providerType} queries.");
        }
        var source = services.GetKeyedService<IMetricSource>(account.Name)
            ?? throw new InvalidOperationException($"Account '{account.Name}' has no registered metric source.");
        return new ResolvedMetricSource(account, source);
    }
}

public sealed record ResolvedMetricSource(ConfiguredAccount Account, IMetricSource Source);
