using Microsoft.Extensions.DependencyInjection;

namespace Judge.MetricSources.Stackdriver;

public static class StackdriverServiceCollectionExtensions
{
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
        if (!MetricSourceRegistration.IsHttpUrl(account.BaseUrl, out var baseUrl))
            throw new ArgumentException($"Stackdriver account '{accountName}': BaseUrl must be an absolute http(s) URL", nameof(account));
        if (!string.IsNullOrWhiteSpace(account.TokenUrl) && !MetricSourceRegistration.IsHttpUrl(account.TokenUrl, out _))
            throw new ArgumentException($"Stackdriver account '{accountName}': TokenUrl must be an absolute http(s) URL", nameof(account));

        var tokens = new GoogleAccessTokens(account);
        services.AddAccountClient<ICloudMonitoringApi>("stackdriver", accountName, StackdriverJsonContext.Default, baseUrl, http)
            .AddHttpMessageHandler(() => new GoogleBearerTokenHandler(tokens));

        return services.AddAccountSource(accountName, provider =>
            new StackdriverMetricSource(accountName, account, () => provider.GetRequiredKeyedService<ICloudMonitoringApi>(accountName)));
    }
}
