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
        var named = NamedMetricsAccount(metricsAccountName);
        return sources.Resolve(named is null || named.Type == providerType ? metricsAccountName : null, providerType);
    }

    /// <summary>
    /// The accounts of a config about to be started with the requested account name. Every metric's account is
    /// resolved, so a metric no account can serve fails here, before anything is stored.
    /// </summary>
    /// <exception cref="AccountResolutionException">no account can serve one of the config's provider types.</exception>
    public MetricAccounts ForConfig(CanaryConfig config, string? metricsAccountName)
    {
        // A named account serves the metrics of its own type; naming one no metric can use is the caller's mistake.
        var types = (config.Metrics ?? []).Select(m => m.Query!.Type).Distinct().ToList();
        if (NamedMetricsAccount(metricsAccountName) is { } named
            && types.Count > 0 && !types.Contains(named.Type))
            throw new AccountResolutionException(
                $"Unable to resolve account {metricsAccountName}: it is a {named.Type} account and the config's queries are {string.Join(", ", types)}.");
        var resolved = Resolve(config, metricsAccountName);
        resolved.EnsureResolved();
        return resolved;
    }

    /// <summary>A stored execution's accounts, through the name it recorded; failures are kept for the stage that needs them.</summary>
    public MetricAccounts ForExecution(CanaryExecution execution) => Resolve(execution.Config, execution.MetricsAccountName);

    private ConfiguredAccount? NamedMetricsAccount(string? name) =>
        accounts.All.FirstOrDefault(a => a.Name == name && a.Supports(AccountUse.MetricsStore));

    // Once per provider type: the first metric's through the given name, the others' through the first metric's account
    // (the name an execution records), which resolves every metric as the runner of the stored execution always has.
    private MetricAccounts Resolve(CanaryConfig config, string? metricsAccountName)
    {
        var byType = new Dictionary<string, MetricAccounts.Resolution>(StringComparer.Ordinal);
        var metrics = new List<MetricAccounts.Resolution>();
        var name = metricsAccountName;
        foreach (var metric in config.Metrics ?? [])
        {
            if (metric.Query?.Type is not { } type)
            {
                metrics.Add(MetricAccounts.Resolution.Failed(new StageFailedException($"Metric '{metric.Name}' has no query.")));
                continue;
            }
            if (!byType.TryGetValue(type, out var resolution))
                byType[type] = resolution = MetricAccounts.Resolution.Of(() => For(name, type));
            metrics.Add(resolution);
            if (metrics.Count == 1)
                name = resolution.Source?.Account.Name ?? metricsAccountName;
        }
        return new MetricAccounts(metrics, metrics.FirstOrDefault()?.Source?.Account.Name ?? metricsAccountName ?? "");
    }
}
