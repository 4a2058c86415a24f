using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Judge.MetricSources.Prometheus;

public static class PrometheusServiceCollectionExtensions
{
    /// <summary>
    /// Registers one Prometheus account: a named Refit client ("prometheus:&lt;account&gt;") with the shared resilience
    /// policy and the account's credential, and a keyed singleton <see cref="IMetricSource"/> (also resolvable as
    /// <see cref="PrometheusMetricSource"/>) whose key is <paramref name="accountName"/>.
    /// </summary>
    /// <exception cref="ArgumentException">the account name or an option is invalid.</exception>
    /// <exception cref="InvalidOperationException">a metric source with this account name is already registered.</exception>
    public static IServiceCollection AddPrometheusAccount(this IServiceCollection services, string accountName,
        PrometheusAccountOptions options, MetricSourceHttpOptions? http = null)
    {
        if (string.IsNullOrWhiteSpace(accountName))
            throw new ArgumentException("A Prometheus account needs a name.", nameof(accountName));
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IMetricSource) && Equals(d.ServiceKey, accountName)))
            throw new InvalidOperationException($"A metric source account named '{accountName}' is already registered.");

        // A private copy: later changes to the caller's object must not change a registered account.
        var account = new PrometheusAccountOptions
        {
            BaseUrl = options.BaseUrl,
            Username = options.Username,
            Password = options.Password,
            BearerToken = options.BearerToken,
            ScopeLabel = options.ScopeLabel,
        };
        var baseAddress = account.Validate(accountName);

        var client = services
            .AddKeyedRefitGeneratedClient<IPrometheusApi>(accountName, PrometheusJsonContext.Default,
                settingsAction: null, httpClientName: $"prometheus:{accountName}", allowReflectionFallback: false)
            .ConfigureHttpClient(c =>
            {
                c.BaseAddress = baseAddress;
                c.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler owns attempt and total timeouts
            })
            .AddMetricSourceResilience(http);
        if (PrometheusAuthenticationHandler.For(account) is not null)
            client.AddHttpMessageHandler(() => PrometheusAuthenticationHandler.For(account)!);

        services.AddKeyedSingleton(accountName, (sp, _) =>
            new PrometheusMetricSource(accountName, account, () => sp.GetRequiredKeyedService<IPrometheusApi>(accountName)));
        services.AddKeyedSingleton<IMetricSource>(accountName, (sp, key) => sp.GetRequiredKeyedService<PrometheusMetricSource>(key));
        return services;
    }
}
