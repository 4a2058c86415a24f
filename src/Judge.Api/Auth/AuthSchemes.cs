namespace Judge.Api.Auth;

/// <summary>The authentication schemes' names. "Judge" picks one of the others per request.</summary>
public static class AuthSchemes
{
    public const string Judge = "Judge";
    public const string ApiKey = "ApiKey";
    public const string Jwt = "JwtBearer";
    public const string Anonymous = "Anonymous";

    public const string ApiKeyHeader = "X-Api-Key";
}
