using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Prometheus;

/// <summary>The "prometheus" account type: its descriptor and how one account is registered.</summary>
public static class PrometheusProvider
{
    public const string Type = "prometheus";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<PrometheusAccountOptions, PrometheusQueryConfig>
    {
        AddAccount = AddPrometheusAccount,
    };

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
        MetricSourceRegistration.RequireNewAccountName(services, accountName);

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

        var client = services.AddAccount<IPrometheusApi, PrometheusMetricSource>(Type, accountName,
            PrometheusJsonContext.Default, baseAddress, http, api => new PrometheusMetricSource(accountName, account, api));
        if (PrometheusAuthenticationHandler.For(account) is not null)
            client.AddHttpMessageHandler(() => PrometheusAuthenticationHandler.For(account)!);
        return services;
    }
}
