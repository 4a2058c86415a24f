using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Judge.MetricSources;

/// <summary>
/// What registering any provider account takes: a unique account name, a keyed Refit client named
/// "&lt;type&gt;:&lt;account&gt;" behind the shared resilience policy, and a keyed singleton source that is also the
/// account's <see cref="IMetricSource"/>.
/// </summary>
internal static class MetricSourceRegistration
{
    /// <exception cref="ArgumentException">the account name is empty.</exception>
    /// <exception cref="InvalidOperationException">a metric source with this account name is already registered.</exception>
    private static void RequireNewAccountName(IServiceCollection services, string accountName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IMetricSource) && Equals(d.ServiceKey, accountName)))
            throw new InvalidOperationException($"A metric source account named '{accountName}' is already registered.");
    }

    /// <exception cref="ArgumentException">the option is not an absolute http(s) URL; ParamName is the option.</exception>
    public static Uri RequireHttpUrl(string? text, string provider, string accountName, string option) =>
        IsHttpUrl(text, out var url)
            ? url
            : throw new ArgumentException($"{provider} account '{accountName}': {option} must be an absolute http(s) URL.", option);

    public static bool IsHttpUrl(string? text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// Registers one account as a keyed <see cref="IMetricSource"/> (key = <paramref name="accountName"/>), also resolvable
    /// as <typeparamref name="TSource"/>, over its own Refit client <typeparamref name="TApi"/>, once its name is found new
    /// and <paramref name="validate"/> has checked its options and given the base address. <paramref name="configure"/>
    /// adds what the provider's requests need on top of the base address (default headers, say); the returned builder
    /// takes its message handlers.
    /// </summary>
    /// <exception cref="ArgumentException">the account name or an option is invalid.</exception>
    /// <exception cref="InvalidOperationException">a metric source with this account name is already registered.</exception>
    public static IHttpClientBuilder AddAccount<TApi, TSource>(this IServiceCollection services, string type, string accountName,
        Func<Uri> validate, JsonSerializerContext json, MetricSourceHttpOptions? http, Func<Func<TApi>, TSource> createSource,
        Action<HttpClient>? configure = null)
        where TApi : class
        where TSource : class, IMetricSource
    {
        RequireNewAccountName(services, accountName);
        var baseAddress = validate();
        services.AddAccountSource(accountName, provider => createSource(() => provider.GetRequiredKeyedService<TApi>(accountName)));
        return services.AddAccountClient<TApi>(type, accountName, json, baseAddress, http, configure);
    }

    private static IHttpClientBuilder AddAccountClient<TApi>(this IServiceCollection services, string type, string accountName,
        JsonSerializerContext json, Uri baseAddress, MetricSourceHttpOptions? http, Action<HttpClient>? configure)
        where TApi : class =>
        services.AddKeyedRefitGeneratedClient<TApi>(accountName, json, settingsAction: null, httpClientName: $"{type}:{accountName}",
                allowReflectionFallback: false)
            .ConfigureHttpClient(client =>
            {
                client.BaseAddress = baseAddress;
                // The resilience pipeline owns attempt and total timeouts; HttpClient's own 100 s must not cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
                configure?.Invoke(client);
            })
            .AddMetricSourceResilience(http);

    // Resolvable as TSource and as IMetricSource: one singleton.
    private static void AddAccountSource<TSource>(this IServiceCollection services, string accountName, Func<IServiceProvider, TSource> create)
        where TSource : class, IMetricSource
    {
        services.AddKeyedSingleton(accountName, (provider, _) => create(provider));
        services.AddKeyedSingleton<IMetricSource>(accountName, (provider, key) => provider.GetRequiredKeyedService<TSource>(key));
    }
}
