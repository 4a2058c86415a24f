using System.Net;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Execution;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Report;

/// <summary>
/// The real Judge host on Kestrel at a free 127.0.0.1 port (so Chromium can load it), with real executions run through
/// the engine against a deterministic metric source: a judged one, a 200-metric one, a failed one and a running one.
/// </summary>
public sealed class ReportHostFixture : IAsyncLifetime
{
    /// <summary>A metric name that would run script if the page ever let it through as markup.</summary>
    public const string HostileMetricName =
        "<script>document.body.setAttribute('data-pwned','script')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";

    public const int ManyMetrics = 200;

    private readonly TempDirectory store = new();
    private readonly FakeMetricSource source = new()
    {
        // By metric config name: the canary's latency (and every "*_worse" metric) sits well above the baseline's;
        // everything else is the same on both sides.
        Value = (metric, scope, i) => (metric, scope) switch
        {
            ("p99_latency", "canary") => 0.30 + 0.01 * (i % 5),
            ("p99_latency", _) => 0.20 + 0.01 * (i % 5),
            // The layout execution: seconds around 0.1 (long numbers), an error ratio whose baseline is 0, a metric
            // without data, and a low-evidence latency whose few steps climb together on both sides.
            ("avg_latency_seconds", "canary") => 0.1015 + 0.0001 * (i % 7),
            ("avg_latency_seconds", _) => 0.1 + 0.0001 * (i % 7),
            ("error_ratio", "canary") => i % 3 == 0 ? 0.02 : 0.01,
            ("error_ratio", _) => 0,
            ("requests_missing", _) => double.NaN,
            ("slow_drift_ms", "canary") => 251 + i,
            ("slow_drift_ms", _) => 250 + i,
            (_, "canary") when metric.EndsWith("_worse", StringComparison.Ordinal) => 180 + i % 9,
            _ => 100 + i % 7 + (i % 11 == 0 ? 15 : 0),
        },
        Fails = q => q.MetricName == "broken",
        Holds = q => q.MetricName == "held",
    };

    private ExecutionHost? host;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string JudgedId { get; private set; } = "";
    public JsonObject JudgedStatus { get; private set; } = [];
    public string SingleId { get; private set; } = "";
    public string ManyId { get; private set; } = "";
    public string FailedId { get; private set; } = "";
    public string RunningId { get; private set; } = "";

    /// <summary>ExactACAJudge-v2 on metrics that test the layout: small numbers with a unit, a baseline at 0, no data, low evidence.</summary>
    public string LayoutId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        host = new ExecutionHost(store.Path, source, testServices: LayoutProbe.AddTo);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var client = new CanaryClient(Http);

        JudgedId = await client.StartOkAsync(await client.CreateConfigAsync(Config("report-judged",
            Metric("p99_latency", "latency", "http_latency_seconds", critical: true),
            Metric("error_rate", "errors", "http_errors_total"),
            Metric(HostileMetricName, "errors", "hostile_total"))));
        JudgedStatus = await client.WaitForCompleteAsync(JudgedId);

        SingleId = await client.StartOkAsync(await client.CreateConfigAsync(Config("report-single", Metric("cpu_seconds", "system", "cpu_total"))));
        await client.WaitForCompleteAsync(SingleId);

        ManyId = await client.StartOkAsync(await client.CreateConfigAsync(Config("report-many",
            Enumerable.Range(0, ManyMetrics)
                .Select(i => Metric(i % 25 == 0 ? $"metric_{i:D3}_worse" : $"metric_{i:D3}", "group" + i % 4, $"series_{i:D3}"))
                .ToArray())));
        await client.WaitForCompleteAsync(ManyId);

        var layout = Config("report-layout",
            Metric("avg_latency_seconds", "latency", "http_request_duration_seconds", unit: "s", allowedIncrease: 1.2,
                inlineQuery: "sum(rate(http_request_duration_seconds_sum{job=\"sample\"}[1m])) / sum(rate(http_request_duration_seconds_count{job=\"sample\"}[1m]))"),
            Metric("error_ratio", "errors", "http_errors_ratio"),
            Metric("requests_missing", "errors", "requests_missing"),
            Metric("slow_drift_ms", "latency", "slow_drift", unit: "ms"));
        layout["judge"] = new JsonObject { ["name"] = "ExactACAJudge-v2", ["judgeConfigurations"] = new JsonObject() };
        LayoutId = await client.StartOkAsync(await client.CreateConfigAsync(layout));
        await client.WaitForCompleteAsync(LayoutId);

        FailedId = await client.StartOkAsync(await client.CreateConfigAsync(Config("report-failed", Metric("broken", "errors", "broken_metric"))));
        await client.WaitForCompleteAsync(FailedId);

        RunningId = await client.StartOkAsync(await client.CreateConfigAsync(Config("report-running", Metric("held", "errors", "held_metric"))));
        await client.WaitForAsync(RunningId, s => s["stageStatus"]!.AsObject().Any(p => p.Value!.GetValue<string>() == "running"), "running");
    }

    public Task DisposeAsync()
    {
        source.Release();
        Http?.Dispose();
        host?.Dispose();
        store.Dispose();
        return Task.CompletedTask;
    }

    public string ReportUrl(string executionId, string fragment = "") => new Uri(BaseAddress, $"/canary/{executionId}/report{fragment}").ToString();

    /// <summary>A config whose groups share 100 weight points equally, as Kayenta's scorer expects.</summary>
    private static JsonObject Config(string name, params JsonObject[] metrics)
    {
        var groups = metrics.Select(m => m["groups"]![0]!.GetValue<string>()).Distinct().ToList();
        return new JsonObject
        {
            ["name"] = name,
            ["applications"] = new JsonArray("checkout"),
            ["metrics"] = new JsonArray(metrics),
            ["classifier"] = new JsonObject
            {
                ["groupWeights"] = new JsonObject(groups.Select(g => KeyValuePair.Create(g, (JsonNode?)JsonValue.Create(100.0 / groups.Count)))),
            },
        };
    }

    private static JsonObject Metric(string name, string group, string metricName, bool critical = false, string? unit = null,
        double? allowedIncrease = null, string? inlineQuery = null)
    {
        var canary = new JsonObject { ["direction"] = "increase", ["critical"] = critical };
        if (unit is not null)
            canary["unit"] = unit;
        if (allowedIncrease is { } allowed)
            canary["effectSize"] = new JsonObject { ["allowedIncrease"] = allowed };
        var query = new JsonObject { ["type"] = "prometheus", ["metricName"] = metricName };
        if (inlineQuery is not null)
            query["customInlineTemplate"] = "PromQL:" + inlineQuery;
        return new JsonObject
        {
            ["name"] = name,
            ["groups"] = new JsonArray(group),
            ["scopeName"] = "default",
            ["query"] = query,
            ["analysisConfigurations"] = new JsonObject { ["canary"] = canary },
        };
    }
}
