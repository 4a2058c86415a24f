namespace Judge.Api.Auth;

/// <summary>Judge:Auth:ApiKeys:&lt;name&gt;: one key, stored as the hex SHA-256 of its value (the key itself never is).</summary>
public sealed class ApiKeyEntry
{
    public string? Sha256 { get; set; }
    public string? Role { get; set; }

    /// <summary>The applications the key is limited to; absent or empty: every application.</summary>
    public List<string>? Applications { get; set; }
}
