using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Auth;

/// <summary>
/// JWT bearer tokens from a real issuer the test runs on loopback (discovery document and JWKS over HTTP): the role and
/// applications come from configurable claims; a token signed by another key, for another audience, expired, or
/// without a Judge role is a 401/403. API keys keep working beside it.
/// </summary>
public sealed class JwtBearerTests : IClassFixture<TokenIssuer>, IDisposable
{
    private readonly TokenIssuer _issuer;
    private readonly JudgeApiFactory _factory;

    public JwtBearerTests(TokenIssuer issuer)
    {
        _issuer = issuer;
        _factory = new JudgeApiFactory(AuthHost.Settings(new Dictionary<string, string?>
        {
            ["Judge:Auth:Jwt:Authority"] = issuer.Authority,
            ["Judge:Auth:Jwt:Audience"] = TokenIssuer.Audience,
            ["Judge:Auth:Jwt:RequireHttpsMetadata"] = "false",
            ["Judge:Auth:Jwt:RoleClaim"] = "judge_role",
            ["Judge:Auth:Jwt:ApplicationsClaim"] = "judge_apps",
        }));
    }

    public void Dispose() => _factory.Dispose();

    private HttpClient With(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Token_role_claim_decides_the_routes()
    {
        var admin = With(_issuer.Mint(new Dictionary<string, object> { ["sub"] = "ops", ["judge_role"] = "admin" }));
        var reader = With(_issuer.Mint(new Dictionary<string, object> { ["sub"] = "dashboard", ["judge_role"] = "read" }));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/credentials")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/canaryConfig")).StatusCode);
        var forbidden = await ProblemAssert.IsProblem(await reader.GetAsync("/credentials"), HttpStatusCode.Forbidden);
        Assert.Contains("jwt:dashboard", forbidden.GetProperty("detail").GetString());
        await ProblemAssert.IsProblem(
            await reader.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", Samples.Config("by-reader", "alpha")), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_applications_claim_limits_the_caller()
    {
        var admin = _factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AuthHost.AdminKey);
        var beta = JsonNode.Parse(await (await admin.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", Samples.Config("beta-config", "beta")))
            .Content.ReadAsStringAsync())!["canaryConfigId"]!.GetValue<string>();
        var alphaWriter = With(_issuer.Mint(new Dictionary<string, object>
        {
            ["sub"] = "alpha-ci", ["judge_role"] = "write", ["judge_apps"] = new[] { "alpha", "gamma" },
        }));

        await ProblemAssert.IsProblem(await alphaWriter.GetAsync($"/canaryConfig/{beta}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/canaryConfig/{beta}")).StatusCode);
        var created = await alphaWriter.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", Samples.Config("gamma-config", "gamma"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
    }

    [Fact]
    public async Task Tokens_the_issuer_did_not_sign_for_judge_are_refused()
    {
        var claims = new Dictionary<string, object> { ["sub"] = "mallory", ["judge_role"] = "admin" };
        foreach (var token in new[]
                 {
                     _issuer.Mint(claims, foreignKey: true),
                     _issuer.Mint(claims, audience: "another-api"),
                     _issuer.Mint(claims, lifetime: TimeSpan.FromMinutes(-30)),
                 })
        {
            var problem = await ProblemAssert.IsProblem(await With(token).GetAsync("/credentials"), HttpStatusCode.Unauthorized);
            Assert.DoesNotContain(token, problem.ToString());
        }
    }

    [Fact]
    public async Task A_token_without_a_judge_role_is_refused()
    {
        var token = _issuer.Mint(new Dictionary<string, object> { ["sub"] = "someone", ["judge_role"] = "superuser" });

        await ProblemAssert.IsProblem(await With(token).GetAsync("/canaryConfig"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_keys_work_beside_tokens()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AuthHost.ReaderKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/canaryConfig")).StatusCode);
    }
}
