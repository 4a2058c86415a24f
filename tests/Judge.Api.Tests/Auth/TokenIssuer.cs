using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Judge.Api.Tests.Auth;

/// <summary>
/// A real OIDC token issuer on loopback: its own RSA key, a discovery document at /.well-known/openid-configuration and
/// the key's JWKS at /jwks, served by Kestrel. It mints RS256 tokens with whatever claims a test asks for.
/// </summary>
public sealed class TokenIssuer : IAsyncLifetime
{
    private readonly RSA _rsa = RSA.Create(2048);
    private WebApplication? _app;

    public string Authority { get; private set; } = "";
    public const string Audience = "judge-api";
    private const string KeyId = "test-key-1";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new JsonObject
        {
            ["issuer"] = Authority,
            ["jwks_uri"] = $"{Authority}/jwks",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        _app.MapGet("/jwks", () => Results.Json(new JsonObject { ["keys"] = new JsonArray(Jwk(_rsa.ExportParameters(false))) }));
        await _app.StartAsync();
        Authority = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    private static JsonObject Jwk(RSAParameters key) => new()
    {
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["alg"] = "RS256",
        ["kid"] = KeyId,
        ["n"] = Base64UrlEncoder.Encode(key.Modulus),
        ["e"] = Base64UrlEncoder.Encode(key.Exponent),
    };

    /// <summary>A token signed with the issuer's key (or, with <paramref name="foreignKey"/>, a key it never published).</summary>
    public string Mint(IDictionary<string, object> claims, string audience = Audience, bool foreignKey = false, TimeSpan? lifetime = null)
    {
        var signing = foreignKey ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId } : new RsaSecurityKey(_rsa) { KeyId = KeyId };
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Claims = claims,
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.RsaSha256),
        });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
