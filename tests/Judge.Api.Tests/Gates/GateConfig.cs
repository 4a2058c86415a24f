using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Gates;

/// <summary>The canary config the gate tests judge with: every gate_metric_NN, selected by app label through a filter template.</summary>
public static class GateConfig
{
    public const string Name = "podinfo-gate";
    public const string Application = "podinfo";

    public static JsonObject Body() => new()
    {
        ["name"] = Name,
        ["applications"] = new JsonArray(Application),
        ["templates"] = new JsonObject { ["byApp"] = "app=\"${scope}\",namespace=\"test\"" },
        ["metrics"] = new JsonArray(Enumerable.Range(0, GateHistory.MetricCount).Select(i => (JsonNode)new JsonObject
        {
            ["name"] = GateHistory.MetricName(i),
            ["groups"] = new JsonArray("service"),
            ["scopeName"] = "default",
            ["query"] = new JsonObject
            {
                ["type"] = "prometheus",
                ["metricName"] = GateHistory.MetricName(i),
                ["customFilterTemplate"] = "byApp",
            },
            ["analysisConfigurations"] = new JsonObject { ["canary"] = new JsonObject { ["direction"] = "increase" } },
        }).ToArray()),
        ["classifier"] = new JsonObject { ["groupWeights"] = new JsonObject { ["service"] = 100 } },
    };

    /// <summary>Stores the config in the "configs" account as a user would before wiring a CD tool; returns its id.</summary>
    public static async Task<string> StoreAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/canaryConfig?configurationAccountName=configs", Body());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!["canaryConfigId"]!.GetValue<string>();
    }
}
