namespace Judge.Api.Auth;

/// <summary>Judge:Auth:Anonymous: the role (and applications) of requests that carry no credentials.</summary>
public sealed class AnonymousAccess
{
    /// <summary>read, write, admin, or none (credential-less requests get 401).</summary>
    public string? Role { get; set; }

    /// <summary>The applications anonymous callers are limited to; absent or empty: every application.</summary>
    public List<string>? Applications { get; set; }
}
