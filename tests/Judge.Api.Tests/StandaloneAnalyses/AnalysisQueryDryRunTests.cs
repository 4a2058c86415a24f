using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Execution;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// A lifetime analysis whose queries cannot be built for its scopes, or whose metrics account does not resolve, is
/// refused with the 400 POST /canary gives for the same config and scopes — before anything is stored or fetched —
/// instead of being accepted and failing (or staying RUNNING) later.
/// </summary>
public sealed class AnalysisQueryDryRunTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempStore store = new();
    private readonly FakeMetricSource source = new() { Unbuildable = q => q.MetricName == "errors" && q.Scope.Scope == "canary" };
    private readonly StandaloneAnalysisHost host;
    private readonly AnalysisClient client;

    public AnalysisQueryDryRunTests()
    {
        var clock = new FakeTimeProvider(T0);
        host = new StandaloneAnalysisHost(store.Path, clock, source);
        client = new AnalysisClient(host.CreateClient(), clock);
    }

    public void Dispose()
    {
        host.Dispose();
        store.Dispose();
    }

    /// <summary>The first judgement's request as POST /canary takes it: the analysis's scope over 12:00–12:10.</summary>
    private static JsonObject CanaryRequest()
    {
        JsonObject Side(string scope) => new()
        {
            ["scope"] = scope, ["location"] = "us-east1", ["start"] = "2024-03-01T12:00:00Z", ["end"] = "2024-03-01T12:10:00Z", ["step"] = 60,
        };
        return new JsonObject
        {
            ["scopes"] = new JsonObject { ["default"] = new JsonObject { ["controlScope"] = Side("baseline"), ["experimentScope"] = Side("canary") } },
            ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        };
    }

    private static async Task<JsonObject> ProblemOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!.AsObject();
    }

    [Fact]
    public async Task A_query_that_cannot_be_built_is_the_same_400_as_POST_canary_and_nothing_is_stored()
    {
        using var http = host.CreateClient();
        var configId = await client.CreateConfigAsync();

        var analysis = await ProblemOf(await client.PostAsync(configId, AnalysisClient.Request()));
        var canary = await ProblemOf(await http.PostAsJsonAsync($"/canary/{configId}?{AnalysisClient.Accounts}", CanaryRequest()));

        Assert.True(analysis["errors"]!.AsObject().ContainsKey("metrics[1].query.customFilterTemplate"), analysis.ToJsonString());
        Assert.True(JsonNode.DeepEquals(canary["errors"], analysis["errors"]), $"{canary["errors"]} vs {analysis["errors"]}");
        Assert.Equal(canary["title"]!.GetValue<string>(), analysis["title"]!.GetValue<string>());
        Assert.Equal(canary["detail"]!.GetValue<string>(), analysis["detail"]!.GetValue<string>());
        Assert.False(Directory.Exists(Path.Combine(store.Path, "standalone_canary_archive")));
        Assert.Empty(source.Queries);
    }

    [Fact]
    public async Task The_ad_hoc_route_names_the_field_under_canaryConfig_as_POST_canary_does()
    {
        using var http = host.CreateClient();

        var analysis = await ProblemOf(await http.PostAsJsonAsync($"/standalone_canary_analysis?{AnalysisClient.Accounts}",
            new JsonObject { ["canaryConfig"] = AnalysisClient.Config(), ["executionRequest"] = AnalysisClient.Request() }));
        var canary = await ProblemOf(await http.PostAsJsonAsync($"/canary?{AnalysisClient.Accounts}",
            new JsonObject { ["canaryConfig"] = AnalysisClient.Config(), ["executionRequest"] = CanaryRequest() }));

        Assert.True(analysis["errors"]!.AsObject().ContainsKey("canaryConfig.metrics[1].query.customFilterTemplate"), analysis.ToJsonString());
        Assert.True(JsonNode.DeepEquals(canary["errors"], analysis["errors"]), $"{canary["errors"]} vs {analysis["errors"]}");
        Assert.False(Directory.Exists(Path.Combine(store.Path, "standalone_canary_archive")));
    }

    [Fact]
    public async Task A_metrics_account_that_does_not_resolve_is_the_same_400_as_POST_canary()
    {
        using var http = host.CreateClient();
        var configId = await client.CreateConfigAsync();
        const string accounts = "metricsAccountName=nope&storageAccountName=store&configurationAccountName=store";

        var analysis = await ProblemOf(await http.PostAsJsonAsync($"/standalone_canary_analysis/{configId}?{accounts}", AnalysisClient.Request()));
        var canary = await ProblemOf(await http.PostAsJsonAsync($"/canary/{configId}?{accounts}", CanaryRequest()));

        Assert.Equal(canary["detail"]!.GetValue<string>(), analysis["detail"]!.GetValue<string>());
        Assert.Contains("nope", analysis["detail"]!.GetValue<string>());
        Assert.False(Directory.Exists(Path.Combine(store.Path, "standalone_canary_archive")));
    }
}
