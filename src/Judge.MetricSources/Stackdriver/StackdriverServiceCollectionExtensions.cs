using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Judge.MetricSources.Stackdriver;

public static class StackdriverServiceCollectionExtensions
{
    /// <summary>
    /// Registers one Cloud Monitoring account as a keyed <see cref="IMetricSource"/> (key = <paramref name="accountName"/>)
    /// over its own Refit client: base URL from <paramref name="account"/>, shared resilience, then a bearer token per attempt.
    /// </summary>
    public static IServiceCollection AddStackdriverAccount(this IServiceCollection services, string accountName, StackdriverAccountOptions account,
        MetricSourceHttpOptions? http = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentNullException.ThrowIfNull(account);
        if (!IsHttpUrl(account.BaseUrl, out var baseUrl))
            throw new ArgumentException($"Stackdriver account '{accountName}': BaseUrl must be an absolute http(s) URL", nameof(account));
        if (!string.IsNullOrWhiteSpace(account.TokenUrl) && !IsHttpUrl(account.TokenUrl, out _))
            throw new ArgumentException($"Stackdriver account '{accountName}': TokenUrl must be an absolute http(s) URL", nameof(account));

        var tokens = new GoogleAccessTokens(account);
        services.AddKeyedRefitGeneratedClient<ICloudMonitoringApi>(accountName, StackdriverJsonContext.Default, settingsAction: _ => new RefitSettings(new SystemTextJsonContentSerializer(StackdriverJsonContext.Default.Options)),
                httpClientName: $"stackdriver:{accountName}", allowReflectionFallback: false)
            .ConfigureHttpClient(client =>
            {
                client.BaseAddress = baseUrl;
                // The resilience pipeline owns the timeouts; HttpClient's own 100 s must not cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddMetricSourceResilience(http)
            .AddHttpMessageHandler(() => new GoogleBearerTokenHandler(tokens));

        services.AddKeyedSingleton<IMetricSource>(accountName, (provider, _) =>
            new StackdriverMetricSource(accountName, account, () => provider.GetRequiredKeyedService<ICloudMonitoringApi>(accountName)));
        return services;
    }

    private static bool IsHttpUrl(string? text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
