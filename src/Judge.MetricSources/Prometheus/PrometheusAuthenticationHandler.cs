using System.Net.Http.Headers;

namespace Judge.MetricSources.Prometheus;

/// <summary>Puts the account's credential on every request up front (Kayenta waited for a 401 challenge first).</summary>
internal sealed class PrometheusAuthenticationHandler(AuthenticationHeaderValue credential) : DelegatingHandler
{
    /// <summary>The handler for the account's credential, or null when the account has none.</summary>
    public static PrometheusAuthenticationHandler? For(PrometheusAccountOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
            return new PrometheusAuthenticationHandler(new AuthenticationHeaderValue("Bearer", options.BearerToken));
        return options.BasicCredential() is { } basic
            ? new PrometheusAuthenticationHandler(new AuthenticationHeaderValue("Basic", basic))
            : null;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = credential;
        return base.SendAsync(request, cancellationToken);
    }
}
