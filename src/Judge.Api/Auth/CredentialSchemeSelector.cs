using Microsoft.Net.Http.Headers;

namespace Judge.Api.Auth;

/// <summary>
/// Which scheme reads a request's credentials: X-Api-Key → API key; Authorization: Bearer with a JWT (three dot-separated
/// parts) when JWT bearer is on → JWT; any other Authorization → API key; none → anonymous.
/// </summary>
public static class CredentialSchemeSelector
{
    public static string Select(HttpContext context, bool jwtEnabled)
    {
        if (context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader)) return AuthSchemes.ApiKey;
        var authorization = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.Length == 0) return AuthSchemes.Anonymous;
        if (jwtEnabled && BearerValue(authorization) is { } token && token.Count(c => c == '.') == 2) return AuthSchemes.Jwt;
        return AuthSchemes.ApiKey;
    }

    /// <summary>The value after "Bearer ", or null for another scheme.</summary>
    public static string? BearerValue(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
}
