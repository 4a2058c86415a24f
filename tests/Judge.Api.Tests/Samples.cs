using System.Text.Json.Nodes;

namespace Judge.Api.Tests;

/// <summary>Request bodies the tests build on: a valid Prometheus canary config and metric set pairs.</summary>
public static class Samples
{
    public static JsonObject Config(string name = "checkout-golden-signals", params string[] applications) => new()
    {
        ["name"] = name,
        ["description"] = "latency + errors",
        ["configVersion"] = "1.0",
        ["applications"] = new JsonArray((applications.Length == 0 ? ["checkout"] : applications).Select(a => (JsonNode?)a).ToArray()),
        ["judge"] = new JsonObject { ["name"] = "NetflixACAJudge-v1.0", ["judgeConfigurations"] = new JsonObject() },
        ["metrics"] = new JsonArray(
            new JsonObject
            {
                ["name"] = "p99_latency",
                ["groups"] = new JsonArray("latency"),
                ["scopeName"] = "default",
                ["query"] = new JsonObject { ["type"] = "prometheus", ["metricName"] = "http_latency_seconds", ["customFilterTemplate"] = "by-version" },
                ["analysisConfigurations"] = new JsonObject
                {
                    ["canary"] = new JsonObject { ["direction"] = "increase" },
                },
            },
            new JsonObject
            {
                ["name"] = "error_rate",
                ["groups"] = new JsonArray("errors"),
                ["scopeName"] = "default",
                ["query"] = new JsonObject { ["type"] = "prometheus", ["customInlineTemplate"] = "PromQL:sum(rate(http_errors_total{version=\"${scope}\"}[1m]))" },
                ["analysisConfigurations"] = new JsonObject
                {
                    ["canary"] = new JsonObject { ["direction"] = "increase", ["critical"] = true },
                },
            }),
        ["templates"] = new JsonObject { ["by-version"] = "version=\"${scope}\"" },
        ["classifier"] = new JsonObject { ["groupWeights"] = new JsonObject { ["latency"] = 60, ["errors"] = 40 } },
    };

    public static JsonArray Series(Func<int, double> value, int count = 30) =>
        new(Enumerable.Range(0, count).Select(i => (JsonNode?)value(i)).ToArray());

    public static JsonObject Pair(string name, JsonArray control, JsonArray experiment, string? id = null)
    {
        var pair = new JsonObject
        {
            ["name"] = name,
            ["tags"] = new JsonObject(),
            ["values"] = new JsonObject { ["control"] = control, ["experiment"] = experiment },
        };
        if (id is not null) pair["id"] = id;
        return pair;
    }

    /// <summary>Latency: canary twice as slow; errors: the same in both.</summary>
    public static JsonArray Pairs() => new(
        Pair("p99_latency", Series(i => 100 + i % 7), Series(i => 200 + i % 7), "pair-latency"),
        Pair("error_rate", Series(i => 1 + i % 3), Series(i => 1 + i % 3), "pair-errors"));
}
