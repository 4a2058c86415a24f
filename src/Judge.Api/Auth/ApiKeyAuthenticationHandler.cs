using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Judge.Api.Auth;

/// <summary>
/// API keys from X-Api-Key or Authorization: Bearer. The presented key is hashed (SHA-256) and compared in constant time
/// with every configured hash; neither the key nor its hash is ever logged or answered.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthSetup setup)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[AuthSchemes.ApiKeyHeader].ToString();
        if (key.Length == 0)
        {
            var authorization = Request.Headers[HeaderNames.Authorization].ToString();
            if (authorization.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
            key = CredentialSchemeSelector.BearerValue(authorization) ?? "";
            if (key.Length == 0) return Task.FromResult(AuthenticateResult.Fail("Only Bearer credentials are accepted."));
        }
        var match = Find(key);
        return Task.FromResult(match is null
            ? AuthenticateResult.Fail("The API key is not known.")
            : AuthenticateResult.Success(new AuthenticationTicket(match.Caller.ToPrincipal(AuthSchemes.ApiKey), AuthSchemes.ApiKey)));
    }

    private ApiKeyCredential? Find(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));
        ApiKeyCredential? match = null;
        foreach (var credential in setup.ApiKeys) // every hash is compared: the time taken does not depend on which matched
            if (CryptographicOperations.FixedTimeEquals(hash, credential.Sha256)) match = credential;
        return match;
    }
}
