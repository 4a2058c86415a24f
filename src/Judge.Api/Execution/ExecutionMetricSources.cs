using Judge.Api.Accounts;
using Judge.Api.Model;

namespace Judge.Api.Execution;

/// <summary>
/// Which metrics account serves a metric: the execution's account when it is of the query's provider type, otherwise
/// the first account of that type (an execution records one metricsAccountName, as Kayenta's does, but a config may mix
/// providers when the request named no account).
/// </summary>
public sealed class ExecutionMetricSources(AccountCatalog accounts, AccountMetricSources sources)
{
    /// <param name="metricsAccountName">The execution's (or the request's) account name; null for "any of the type".</param>
    /// <exception cref="AccountResolutionException">no account can serve the provider type.</exception>
    public ResolvedMetricSource For(string? metricsAccountName, string providerType)
    {
        var named = accounts.All.FirstOrDefault(a => a.Name == metricsAccountName && a.Supports(AccountUse.MetricsStore));
        return sources.Resolve(named is null || named.Type == providerType ? metricsAccountName : null, providerType);
    }

    /// <summary>
    /// The metricsAccountName an execution records: the account of its first metric, else the requested name, else "".
    /// Every metric's account is resolved, so a metric no account can serve fails here, before anything is stored.
    /// </summary>
    /// <exception cref="AccountResolutionException">no account can serve one of the config's provider types.</exception>
    public string RecordedAccountName(CanaryConfig config, string? metricsAccountName)
    {
        // A named account serves the metrics of its own type; naming one no metric can use is the caller's mistake.
        var types = (config.Metrics ?? []).Select(m => m.Query!.Type).Distinct().ToList();
        if (accounts.All.FirstOrDefault(a => a.Name == metricsAccountName && a.Supports(AccountUse.MetricsStore)) is { } named
            && types.Count > 0 && !types.Contains(named.Type))
            throw new AccountResolutionException(
                $"Unable to resolve account {metricsAccountName}: it is a {named.Type} account and the config's queries are {string.Join(", ", types)}.");
        var accountNames = (config.Metrics ?? [])
            .Select(metric => For(metricsAccountName, metric.Query!.Type).Account.Name)
            .ToList();
        return accountNames.FirstOrDefault() ?? metricsAccountName ?? "";
    }
}
