using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Judge.MetricSources;

/// <summary>The one resilience policy every provider's HTTP client uses (retries with jitter on 5xx/408/429 honouring
/// Retry-After, per-attempt and total timeouts, circuit breaker), so providers never loop on their own.</summary>
public sealed class MetricSourceHttpOptions
{
    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(120);
}

public static class MetricSourceHttp
{
    public static IHttpClientBuilder AddMetricSourceResilience(this IHttpClientBuilder builder, MetricSourceHttpOptions? options = null)
    {
        options ??= new MetricSourceHttpOptions();
        builder.AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
            o.Retry.Delay = options.FirstRetryDelay;
            o.Retry.UseJitter = true;
            o.Retry.ShouldRetryAfterHeader = true;
            o.AttemptTimeout.Timeout = options.AttemptTimeout;
            o.TotalRequestTimeout.Timeout = options.TotalTimeout;
            // The circuit breaker's sampling window must be at least twice the attempt timeout.
            o.CircuitBreaker.SamplingDuration = options.AttemptTimeout * 2 > TimeSpan.FromSeconds(30)
                ? options.AttemptTimeout * 2
                : TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
