using System.Net;
using Judge.Api.Auth;
using Microsoft.Extensions.Configuration;

namespace Judge.Api.Tests.Auth;

/// <summary>
/// The loopback default (anonymous admin, zero set-up) and the refusal to start beyond loopback with no way to
/// authenticate; bad key settings are named at start-up without repeating the hash.
/// </summary>
public sealed class AuthStartupTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8090", true)]
    [InlineData("http://localhost:8090", true)]
    [InlineData("http://[::1]:8090", true)]
    [InlineData("http://127.0.0.1:8090;http://[::1]:8091", true)]
    [InlineData("http://+:8090", false)]
    [InlineData("http://*:8090", false)]
    [InlineData("http://0.0.0.0:8090", false)]
    [InlineData("http://[::]:8090", false)]
    [InlineData("http://judge.example:8090", false)]
    [InlineData("http://127.0.0.1:8090;http://10.0.0.5:8090", false)]
    public void Loopback_means_every_listen_address(string urls, bool loopback)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();

        Assert.Equal(loopback, ListenAddresses.AllLoopback(ListenAddresses.From(configuration)));
    }

    [Fact]
    public void Http_ports_and_kestrel_endpoints_count()
    {
        var ports = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:8090", ["http_ports"] = "8080",
        }).Build();
        var kestrel = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Http:Url"] = "http://0.0.0.0:8090",
        }).Build();

        Assert.False(ListenAddresses.AllLoopback(ListenAddresses.From(ports)));
        Assert.False(ListenAddresses.AllLoopback(ListenAddresses.From(kestrel)));
    }

    [Fact]
    public async Task On_loopback_requests_without_credentials_are_admin()
    {
        await using var factory = new JudgeApiFactory();

        var response = await factory.CreateClient().GetAsync("/credentials");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Beyond_loopback_without_keys_jwt_or_anonymous_the_service_refuses_to_start()
    {
        using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:mem:Type"] = "memory",
            ["urls"] = "http://0.0.0.0:8090",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        var message = Innermost(error).Message;
        Assert.Contains("Judge:Auth:ApiKeys", message);
        Assert.Contains("Judge:Auth:Jwt:Authority", message);
        Assert.Contains("Judge:Auth:Anonymous", message);
    }

    [Fact]
    public async Task Beyond_loopback_an_explicit_anonymous_role_is_enough()
    {
        await using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:mem:Type"] = "memory",
            ["urls"] = "http://0.0.0.0:8090",
            ["Judge:Auth:Anonymous:Role"] = "read",
        });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/canaryConfig")).StatusCode);
        await ProblemAssert.IsProblem(await client.DeleteAsync("/canaryConfig/some-id"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Beyond_loopback_with_keys_requests_without_credentials_get_401()
    {
        await using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:mem:Type"] = "memory",
            ["urls"] = "http://0.0.0.0:8090",
            ["Judge:Auth:ApiKeys:ci:Sha256"] = AuthHost.Sha256(AuthHost.WriterKey),
            ["Judge:Auth:ApiKeys:ci:Role"] = "write",
        });

        await ProblemAssert.IsProblem(await factory.CreateClient().GetAsync("/canaryConfig"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [InlineData("false", HttpStatusCode.Unauthorized)]
    [InlineData("true", HttpStatusCode.OK)]
    public async Task Metrics_need_read_unless_open_metrics(string openMetrics, HttpStatusCode expected)
    {
        await using var factory = new JudgeApiFactory(AuthHost.Settings(new Dictionary<string, string?> { ["Judge:Auth:OpenMetrics"] = openMetrics }));

        var response = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void Invalid_key_settings_are_named_without_the_hash()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Judge:Auth:ApiKeys:ci:Sha256"] = "abc123-not-a-hash",
            ["Judge:Auth:ApiKeys:ci:Role"] = "owner",
        }).Build();

        var error = Assert.Throws<InvalidAuthConfigurationException>(() => AuthSetupReader.Read(configuration));

        Assert.Contains("Judge:Auth:ApiKeys:ci:Sha256", error.Message);
        Assert.Contains("Judge:Auth:ApiKeys:ci:Role", error.Message);
        Assert.DoesNotContain("abc123-not-a-hash", error.Message);
    }

    private static Exception Innermost(Exception error) => error.InnerException is null ? error : Innermost(error.InnerException);
}
