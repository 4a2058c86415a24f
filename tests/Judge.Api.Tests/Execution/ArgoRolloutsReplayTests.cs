using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// The exact calls Argo Rollouts' Kayenta provider (metricproviders/kayenta/kayenta.go) makes: look the config id up by
/// name, start the execution with its hand-formatted payload (scopes marshalled from its ScopeDetail, integer
/// thresholds), then poll GET /canary/{id} with no query until "complete" and read result.judgeResult.score.score.
/// Argo passes the storage account's name as configurationAccountName.
/// </summary>
public sealed class ArgoRolloutsReplayTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Argo_rollouts_kayenta_provider_gets_a_score()
    {
        await using var host = new ExecutionHost(store.Path, new FakeMetricSource());
        var http = host.CreateClient();
        var client = new CanaryClient(http);
        await client.CreateConfigAsync(CanaryClient.Config(name: "checkout-canary", application: "checkout"));

        // getCanaryConfigId
        var lookup = await http.GetAsync("/canaryConfig?application=checkout&configurationAccountName=store");
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        var configs = JsonNode.Parse(await lookup.Content.ReadAsStringAsync())!.AsArray();
        var configId = configs.Single(c => c!["name"]!.GetValue<string>() == "checkout-canary")!["id"]!.GetValue<string>();

        // Run: jobURLFormat and jobPayloadFormat, with Go's json.Marshal of ScopeDetail {scope, region, step, start, end}.
        var control = JsonSerializer.Serialize(new { scope = "app=checkout,version=v1", region = "us-east-1", step = 60, start = "2024-01-01T00:00:00Z", end = "2024-01-01T01:00:00Z" });
        var experiment = JsonSerializer.Serialize(new { scope = "app=checkout,version=v2", region = "us-east-1", step = 60, start = "2024-01-01T00:00:00Z", end = "2024-01-01T01:00:00Z" });
        var payload = $$"""

                                    {
                                        "scopes": {
                                                "default":{"controlScope": {{control}}, "experimentScope": {{experiment}}}
                                            },
                                        "thresholds" : {
                                            "pass": 90,
                                            "marginal": 75
                                        }
                                    }
            """;
        var jobUrl = $"/canary/{configId}?application=checkout&metricsAccountName=prom&configurationAccountName=store&storageAccountName=store";
        var started = await http.PostAsync(jobUrl, new StringContent(payload, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var job = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await started.Content.ReadAsStringAsync())!;
        var executionId = job["canaryExecutionId"].GetString();
        Assert.False(string.IsNullOrEmpty(executionId));

        // Resume: scoreURLFormat, polled until complete.
        JsonObject? patch = null;
        for (var poll = 0; poll < 1200; poll++)
        {
            var response = await http.GetAsync($"/canary/{executionId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            patch = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.True(patch["complete"] is JsonValue complete && complete.GetValueKind() is JsonValueKind.True or JsonValueKind.False);
            if (patch["complete"]!.GetValue<bool>())
                break;
            await Task.Delay(50);
        }
        Assert.True(patch!["complete"]!.GetValue<bool>(), patch.ToJsonString());
        var score = patch["result"]!["judgeResult"]!["score"]!["score"]!;
        Assert.Equal(JsonValueKind.Number, score.GetValueKind());
        Assert.Equal(100, (int)score.GetValue<double>());
    }
}
