using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Stackdriver;

/// <summary>The "stackdriver" account type (Google Cloud Monitoring): its descriptor and how one account is registered.</summary>
public static class StackdriverProvider
{
    public const string Type = "stackdriver";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<StackdriverAccountOptions, StackdriverQueryConfig>
    {
        AddAccount = AddStackdriverAccount,
    };

    /// <summary>
    /// Registers one Cloud Monitoring account as a keyed <see cref="IMetricSource"/> (key = <paramref name="accountName"/>)
    /// over its own Refit client: base URL from <paramref name="account"/>, shared resilience, then a bearer token per attempt.
    /// The source is also resolvable as <see cref="StackdriverMetricSource"/>.
    /// </summary>
    /// <exception cref="ArgumentException">the account name or an option is invalid.</exception>
    /// <exception cref="InvalidOperationException">a metric source with this account name is already registered.</exception>
    public static IServiceCollection AddStackdriverAccount(this IServiceCollection services, string accountName, StackdriverAccountOptions account,
        MetricSourceHttpOptions? http = null)
    {
        MetricSourceRegistration.RequireNewAccountName(services, accountName);
        ArgumentNullException.ThrowIfNull(account);
        var baseUrl = MetricSourceRegistration.RequireHttpUrl(account.BaseUrl, "Stackdriver", accountName, nameof(account.BaseUrl));
        if (!string.IsNullOrWhiteSpace(account.TokenUrl))
            MetricSourceRegistration.RequireHttpUrl(account.TokenUrl, "Stackdriver", accountName, nameof(account.TokenUrl));

        var tokens = new GoogleAccessTokens(account);
        services.AddAccount<ICloudMonitoringApi, StackdriverMetricSource>(Type, accountName, StackdriverJsonContext.Default,
                baseUrl, http, api => new StackdriverMetricSource(accountName, account, api))
            .AddHttpMessageHandler(() => new GoogleBearerTokenHandler(tokens));
        return services;
    }
}
