using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Judge.MetricSources.Datadog;

public static class DatadogServiceCollectionExtensions
{
    /// <summary>
    /// Registers one Datadog account as a keyed <see cref="IMetricSource"/> (key = <paramref name="accountName"/>) over its own
    /// Refit client, whose base URL and key headers come from <paramref name="account"/> alone.
    /// </summary>
    public static IServiceCollection AddDatadogAccount(this IServiceCollection services, string accountName, DatadogAccountOptions account,
        MetricSourceHttpOptions? http = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentNullException.ThrowIfNull(account);
        if (!Uri.TryCreate(account.BaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"Datadog account '{accountName}': BaseUrl must be an absolute http(s) URL", nameof(account));
        if (string.IsNullOrWhiteSpace(account.ApiKey))
            throw new ArgumentException($"Datadog account '{accountName}': ApiKey is required", nameof(account));
        if (string.IsNullOrWhiteSpace(account.ApplicationKey))
            throw new ArgumentException($"Datadog account '{accountName}': ApplicationKey is required", nameof(account));

        services.AddKeyedRefitGeneratedClient<IDatadogApi>(accountName, DatadogJsonContext.Default, settingsAction: _ => new RefitSettings(new SystemTextJsonContentSerializer(DatadogJsonContext.Default.Options)),
                httpClientName: $"datadog:{accountName}", allowReflectionFallback: false)
            .ConfigureHttpClient(client =>
            {
                client.BaseAddress = baseUrl;
                // The resilience pipeline owns the timeouts; HttpClient's own 100 s must not cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.Add("DD-API-KEY", account.ApiKey);
                client.DefaultRequestHeaders.Add("DD-APPLICATION-KEY", account.ApplicationKey);
            })
            .AddMetricSourceResilience(http);

        services.AddKeyedSingleton<IMetricSource>(accountName, (provider, _) =>
            new DatadogMetricSource(accountName, account, () => provider.GetRequiredKeyedService<IDatadogApi>(accountName)));
        return services;
    }
}
