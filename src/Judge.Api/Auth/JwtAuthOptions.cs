namespace Judge.Api.Auth;

/// <summary>Judge:Auth:Jwt: bearer tokens from an OIDC issuer (signing keys from its discovery document).</summary>
public sealed class JwtAuthOptions
{
    /// <summary>The issuer; its /.well-known/openid-configuration names the JWKS. Unset: JWT bearer is off.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must carry.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim holding the role (read, write or admin); default "role".</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim holding the applications (repeated, an array, or space/comma separated); absent: every application.</summary>
    public string ApplicationsClaim { get; set; } = "applications";

    /// <summary>The claim naming the caller in logs; default "sub".</summary>
    public string NameClaim { get; set; } = "sub";

    /// <summary>False only for an issuer on loopback http (tests, local issuers).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
