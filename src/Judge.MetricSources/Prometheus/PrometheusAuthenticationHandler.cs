using System.Net.Http.Headers;
using System.Text;

namespace Judge.MetricSources.Prometheus;

/// <summary>Puts the account's credential on every request up front (Kayenta waited for a 401 challenge first).</summary>
internal sealed class PrometheusAuthenticationHandler(AuthenticationHeaderValue credential) : DelegatingHandler
{
    /// <summary>The handler for the account's credential, or null when the account has none.</summary>
    public static PrometheusAuthenticationHandler? For(PrometheusAccountOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
            return new PrometheusAuthenticationHandler(new AuthenticationHeaderValue("Bearer", options.BearerToken));
        if (!string.IsNullOrEmpty(options.Username))
        {
            var pair = Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}");
            return new PrometheusAuthenticationHandler(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair)));
        }
        return null;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = credential;
        return base.SendAsync(request, cancellationToken);
    }
}
