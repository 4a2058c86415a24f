using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Execution;
using Judge.Api.Tests.StandaloneAnalyses;

namespace Judge.Api.Tests.Auth;

/// <summary>
/// A host with no anonymous access and four API keys (reader, writer, admin, and a writer limited to application
/// "alpha"); a memory store "store" and a Prometheus account nobody answers on (executions start and stay running).
/// Seeds one config, execution and analysis per application ("alpha", "beta") as the admin.
/// </summary>
public sealed class AuthHost : IAsyncLifetime
{
    public const string ReaderKey = "reader-key-9f2c";
    public const string WriterKey = "writer-key-41aa";
    public const string AdminKey = "admin-key-77d0";
    public const string AlphaWriterKey = "alpha-writer-key-5e1b";

    public static string Sha256(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Accounts:store:Type"] = "memory",
            ["Judge:Accounts:prom:Type"] = "prometheus",
            ["Judge:Accounts:prom:BaseUrl"] = "http://127.0.0.1:9",
            ["Judge:Auth:Anonymous:Role"] = "none",
            ["Judge:Auth:ApiKeys:reader:Sha256"] = Sha256(ReaderKey),
            ["Judge:Auth:ApiKeys:reader:Role"] = "read",
            ["Judge:Auth:ApiKeys:writer:Sha256"] = Sha256(WriterKey),
            ["Judge:Auth:ApiKeys:writer:Role"] = "write",
            ["Judge:Auth:ApiKeys:admin:Sha256"] = Sha256(AdminKey).ToUpperInvariant(),
            ["Judge:Auth:ApiKeys:admin:Role"] = "admin",
            ["Judge:Auth:ApiKeys:alpha-writer:Sha256"] = Sha256(AlphaWriterKey),
            ["Judge:Auth:ApiKeys:alpha-writer:Role"] = "write",
            ["Judge:Auth:ApiKeys:alpha-writer:Applications:0"] = "alpha",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    public JudgeApiFactory Factory { get; } = new(Settings());

    public Resources Alpha { get; private set; } = null!;
    public Resources Beta { get; private set; } = null!;

    /// <summary>A client sending <paramref name="key"/> as Authorization: Bearer (or no credentials for null).</summary>
    public HttpClient Client(string? key)
    {
        var client = Factory.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async Task InitializeAsync()
    {
        Alpha = await SeedAsync("alpha");
        Beta = await SeedAsync("beta");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh config of <paramref name="application"/>, created as the admin.</summary>
    public async Task<string> CreateConfigAsync(string application, string? name = null)
    {
        var response = await Client(AdminKey).PostAsJsonAsync("/canaryConfig?configurationAccountName=store",
            Samples.Config(name ?? $"{application}-{Guid.NewGuid():N}", application));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["canaryConfigId"]!.GetValue<string>();
    }

    public async Task<string> StartExecutionAsync(string application, string configId)
    {
        var response = await Client(AdminKey).PostAsJsonAsync(
            $"/canary/{configId}?application={application}&metricsAccountName=prom&storageAccountName=store", CanaryClient.Request());
        return await CanaryClient.ExecutionIdOf(response);
    }

    public async Task<string> StartAnalysisAsync(string application, string configId)
    {
        var response = await Client(AdminKey).PostAsJsonAsync(
            $"/standalone_canary_analysis/{configId}?application={application}&metricsAccountName=prom&storageAccountName=store", AnalysisClient.Request());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["canaryAnalysisExecutionId"]!.GetValue<string>();
    }

    private async Task<Resources> SeedAsync(string application)
    {
        var config = await CreateConfigAsync(application);
        return new Resources(config, await StartExecutionAsync(application, config), await StartAnalysisAsync(application, config));
    }

    public sealed record Resources(string ConfigId, string ExecutionId, string AnalysisId);
}
