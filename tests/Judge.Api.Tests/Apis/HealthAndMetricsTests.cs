using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Apis;

public sealed class HealthAndMetricsTests
{
    [Fact]
    public async Task Health_liveness_and_readiness_are_up_with_a_reachable_store()
    {
        await using var factory = new JudgeApiFactory();
        var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonObject>("/health");
        Assert.Equal("UP", health!["status"]!.GetValue<string>());
        Assert.Equal("UP", health["components"]!["storage"]!["details"]!["mem"]!.GetValue<string>());
        Assert.Equal("UP", (await client.GetFromJsonAsync<JsonObject>("/healthz"))!["status"]!.GetValue<string>());
        Assert.Equal("UP", (await client.GetFromJsonAsync<JsonObject>("/readyz"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readiness_is_503_when_a_store_cannot_be_read_while_liveness_stays_up()
    {
        // Nothing listens on the discard port: the S3 store's read fails.
        await using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:mem:Type"] = "memory",
            ["Judge:Accounts:s3:Type"] = "s3",
            ["Judge:Accounts:s3:Bucket"] = "judge",
            ["Judge:Accounts:s3:ServiceUrl"] = "http://127.0.0.1:9",
            ["Judge:Accounts:s3:AccessKeyId"] = "id",
            ["Judge:Accounts:s3:SecretAccessKey"] = "secret",
        });
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("DOWN", body!["status"]!.GetValue<string>());
        Assert.Equal("DOWN", body["components"]!["storage"]!["details"]!["s3"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Metrics_serves_Prometheus_text_with_the_Judge_meter()
    {
        await using var factory = new JudgeApiFactory();
        var client = factory.CreateClient();
        var judged = await client.PostAsJsonAsync("/judges/judge/inline", new JsonObject
        {
            ["canaryConfig"] = Samples.Config(),
            ["metricSetPairs"] = Samples.Pairs(),
            ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE judge_judgements_total counter", text);
        Assert.Contains("judge_judgements_total{", text);
        Assert.Contains("classification=\"Fail\"", text);
        Assert.Contains("http_server_request_duration_seconds", text);
    }
}
