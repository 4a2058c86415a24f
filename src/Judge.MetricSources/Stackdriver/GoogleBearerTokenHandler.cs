using System.Net.Http.Headers;

namespace Judge.MetricSources.Stackdriver;

/// <summary>Adds the account's OAuth access token to every attempt (it sits inside the retry loop, so a retry after a
/// long wait still carries a fresh token).</summary>
internal sealed class GoogleBearerTokenHandler(GoogleAccessTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
