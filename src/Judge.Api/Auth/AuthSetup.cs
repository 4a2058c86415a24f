namespace Judge.Api.Auth;

/// <summary>Judge:Auth after validation: the keys, whether JWT bearer is on, and the anonymous caller (null: none).</summary>
public sealed record AuthSetup(
    IReadOnlyList<ApiKeyCredential> ApiKeys,
    JwtAuthOptions Jwt,
    Caller? Anonymous,
    bool OpenMetrics)
{
    public const string AnonymousName = "anonymous";
}
