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

    /// <summary>Registers one Prometheus account: its client sends the account's credential with every request.</summary>
    /// <inheritdoc cref="MetricSourceRegistration.AddAccount{TApi, TSource}"/>
    public static IServiceCollection AddPrometheusAccount(this IServiceCollection services, string accountName,
        PrometheusAccountOptions options, MetricSourceHttpOptions? http = null)
    {
        // A private copy: later changes to the caller's object must not change a registered account.
        var account = new PrometheusAccountOptions
        {
            BaseUrl = options.BaseUrl,
            Username = options.Username,
            Password = options.Password,
            BearerToken = options.BearerToken,
            ScopeLabel = options.ScopeLabel,
        };
        var client = services.AddAccount<IPrometheusApi, PrometheusMetricSource>(Type, accountName, () => account.Validate(accountName),
            PrometheusJsonContext.Default, http, api => new PrometheusMetricSource(accountName, account, api));
        if (PrometheusAuthenticationHandler.For(account) is not null)
            client.AddHttpMessageHandler(() => PrometheusAuthenticationHandler.For(account)!);
        return services;
    }
}
