namespace Judge.Api.Auth;

/// <summary>Judge:Auth — who may call the service (see README, Security).</summary>
public sealed class AuthOptions
{
    public const string Section = "Judge:Auth";

    /// <summary>Judge:Auth:ApiKeys:&lt;name&gt;: keys known by the SHA-256 of their value.</summary>
    public Dictionary<string, ApiKeyEntry> ApiKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Judge:Auth:Jwt: OIDC/JWT bearer tokens; off unless Authority is set.</summary>
    public JwtAuthOptions Jwt { get; set; } = new();

    /// <summary>Judge:Auth:Anonymous: what a request without credentials may do (default: see AnonymousAccessDefault).</summary>
    public AnonymousAccess? Anonymous { get; set; }

    /// <summary>Judge:Auth:OpenMetrics: /metrics answers without credentials.</summary>
    public bool OpenMetrics { get; set; }
}
