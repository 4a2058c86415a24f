using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Judge.Api.Tests.Execution;

/// <summary>An execution against the real Prometheus source, served by a fake Prometheus on 127.0.0.1.</summary>
public sealed class PrometheusExecutionTests : IDisposable
{
    private static readonly long Start = DateTimeOffset.Parse("2024-01-01T00:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeSeconds();

    private readonly TempDirectory store = new();
    private readonly WireMockServer prometheus;
    private readonly string baseUrl;

    public PrometheusExecutionTests()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        baseUrl = $"http://127.0.0.1:{port}";
        prometheus = WireMockServer.Start(new WireMockServerSettings { Urls = [baseUrl] });
    }

    public void Dispose()
    {
        prometheus.Stop();
        store.Dispose();
    }

    /// <summary>A matrix answer with one untagged series: a sample at Start + i·60 s for every i not skipped.</summary>
    private void Serve(string scope, Func<int, bool> present)
    {
        var values = new JsonArray();
        for (var i = 0; i <= 60; i++)
        {
            if (present(i))
                values.Add(new JsonArray(Start + i * 60, (10 + i % 4).ToString(CultureInfo.InvariantCulture)));
        }
        var body = new JsonObject
        {
            ["status"] = "success",
            ["data"] = new JsonObject
            {
                ["resultType"] = "matrix",
                ["result"] = new JsonArray(new JsonObject { ["metric"] = new JsonObject(), ["values"] = values }),
            },
        };
        prometheus
            .Given(Request.Create().WithPath("/api/v1/query_range").UsingGet().WithParam("query", new WildcardMatcher($"*{scope}*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body.ToJsonString()));
    }

    [Fact]
    public async Task Series_with_gaps_are_aligned_on_their_timestamps_before_judging()
    {
        Serve("baseline", _ => true);
        Serve("canary", i => i >= 10); // the canary's first ten minutes are missing
        await using var host = new ExecutionHost(store.Path, source: null, new Dictionary<string, string?>
        {
            ["Judge:Accounts:prom:BaseUrl"] = baseUrl,
        });
        var client = new CanaryClient(host.CreateClient());

        var config = CanaryClient.Config();
        config["templates"] = new JsonObject { ["by-version"] = "version=\"${scope}\"" };
        foreach (var metric in config["metrics"]!.AsArray())
            metric!["query"]!["customFilterTemplate"] = "by-version";

        var status = await client.WaitForCompleteAsync(await client.StartOkAsync(await client.CreateConfigAsync(config)));

        Assert.True(status["status"]!.GetValue<string>() == "succeeded", status["exception"]?.ToJsonString());
        Assert.Equal(100.0, status["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>());
        var pairs = await client.Http.GetFromJsonAsync<JsonArray>($"/metricSetPairList/{status["metricSetPairListId"]!.GetValue<string>()}?accountName=store");
        var latency = pairs!.Single(p => p!["name"]!.GetValue<string>() == "p99_latency")!;
        var control = latency["values"]!["control"]!.AsArray();
        var experiment = latency["values"]!["experiment"]!.AsArray();
        Assert.Equal(60, control.Count);
        Assert.Equal(60, experiment.Count);
        Assert.All(experiment.Take(10), v => Assert.Equal("NaN", v!.GetValue<string>()));
        // Point i of both sides is the sample taken at Start + i minutes.
        Assert.Equal(10 + 10 % 4, experiment[10]!.GetValue<double>());
        Assert.Equal(10 + 10 % 4, control[10]!.GetValue<double>());
        Assert.Equal(10 + 59 % 4, experiment[59]!.GetValue<double>());
        var query = latency["attributes"]!["experiment"]!["query"]!.GetValue<string>();
        Assert.Contains("canary", query);
    }
}
