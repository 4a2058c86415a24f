using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>What Kayenta only reports as a failed analysis after its 200 is a 400 naming the field here.</summary>
public sealed class AnalysisValidationTests : IDisposable
{
    private readonly TempStore store = new();
    private readonly StandaloneAnalysisHost host;
    private readonly AnalysisClient client;

    public AnalysisValidationTests()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));
        host = new StandaloneAnalysisHost(store.Path, clock, new WindowMetricSource());
        client = new AnalysisClient(host.CreateClient(), clock);
    }

    public void Dispose()
    {
        host.Dispose();
        store.Dispose();
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"scopes": [], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30}""", "scopes" },
        { """{"thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30}""", "scopes" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c"}], "thresholds": {"pass": 95, "marginal": 75}}""", "lifetimeDurationMins" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c"}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 0}""", "lifetimeDurationMins" },
        { """{"scopes": [{"experimentScope": "c"}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30}""", "scopes[0].controlScope" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c", "startTimeIso": "yesterday"}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30}""", "scopes[0].startTimeIso" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c", "startTimeIso": "2024-01-01T01:00:00Z", "endTimeIso": "2024-01-01T01:00:30Z"}], "thresholds": {"pass": 95, "marginal": 75}}""", "scopes[0].endTimeIso" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c", "step": 0}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30}""", "scopes[0].step" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c", "step": 1}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 10000}""", "scopes[0].step" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c"}], "lifetimeDurationMins": 30}""", "thresholds" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c"}], "thresholds": {"pass": 70, "marginal": 75}, "lifetimeDurationMins": 30}""", "thresholds.marginal" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c"}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30, "failureLimit": 0}""", "failureLimit" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c"}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30, "inconclusiveLimit": -1}""", "inconclusiveLimit" },
        { """{"scopes": [{"controlScope": "b", "experimentScope": "c"}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30, "lookbackMins": -5}""", "lookbackMins" },
        { """{"scopes": [{"scopeName": "other", "controlScope": "b", "experimentScope": "c"}], "thresholds": {"pass": 95, "marginal": 75}, "lifetimeDurationMins": 30}""", "scopes" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_request_is_a_400_naming_the_field_and_nothing_is_stored(string request, string field)
    {
        var configId = await client.CreateConfigAsync();
        var response = await client.PostAsync(configId, JsonNode.Parse(request)!.AsObject());

        await AssertProblem(response, field);
        Assert.False(Directory.Exists(Path.Combine(store.Path, "standalone_canary_archive")));
    }

    [Fact]
    public async Task The_ad_hoc_route_names_fields_under_executionRequest_and_canaryConfig()
    {
        using var http = host.CreateClient();
        var missing = await http.PostAsJsonAsync("/standalone_canary_analysis", new JsonObject { ["canaryConfig"] = AnalysisClient.Config() });
        await AssertProblem(missing, "executionRequest");

        var body = new JsonObject
        {
            ["canaryConfig"] = AnalysisClient.Config(),
            ["executionRequest"] = AnalysisClient.Request(lifetime: null, interval: null),
        };
        await AssertProblem(await http.PostAsJsonAsync("/standalone_canary_analysis", body), "executionRequest.lifetimeDurationMins");
    }

    [Fact]
    public async Task Unknown_config_and_analysis_are_404s()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("no-such-config", AnalysisClient.Request())).StatusCode);
        using var http = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/standalone_canary_analysis/no-such-analysis")).StatusCode);
    }

    private static async Task AssertProblem(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors does not name '{field}': {body}");
    }
}
