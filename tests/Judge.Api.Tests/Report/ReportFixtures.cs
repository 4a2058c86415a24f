using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Execution;
using Judge.Api.Json;
using Judge.Api.Model;
using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

/// <summary>Hand-written status responses and pair lists in Kayenta's JSON, read the way GET /canary/{id} writes them.</summary>
internal static class ReportFixtures
{
    public static readonly ReportLinks Links = new("/canary/x?storageAccountName=s", "/metricSetPairList/p?accountName=s", "/report/assets");

    public static JsonObject ExecutionJson(string file = "succeeded-execution.json") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Report", "Fixtures", file)))!.AsObject();

    public static JsonArray PairsJson(string file = "succeeded-pairs.json") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Report", "Fixtures", file)))!.AsArray();

    public static CanaryExecutionStatusResponse Execution(JsonObject json) =>
        json.Deserialize<CanaryExecutionStatusResponse>(KayentaJson.Options)!;

    public static IReadOnlyList<MetricSetPair> Pairs(JsonArray json) =>
        json.Deserialize<List<MetricSetPair>>(KayentaJson.Options)!;

    public static string Render(JsonObject execution, JsonArray? pairs) =>
        ReportPage.Render(new ReportInput(Execution(execution), pairs is null ? null : Pairs(pairs), Links));

    public static string RenderSucceeded() => Render(ExecutionJson(), PairsJson());

    /// <summary>The same execution, still in its fetch stages.</summary>
    public static JsonObject Running()
    {
        var json = ExecutionJson();
        json["complete"] = false;
        json["status"] = "running";
        json.Remove("result");
        json.Remove("metricSetPairListId");
        json.Remove("endTimeMillis");
        json["stageStatus"] = new JsonObject
        {
            ["setupContext"] = "succeeded",
            ["fetchControl0"] = "succeeded",
            ["fetchExperiment0"] = "running",
            ["mixMetrics"] = "not_started",
            ["judge"] = "not_started",
        };
        return json;
    }

    /// <summary>The same execution, stopped in a fetch stage with Orca's exception shape.</summary>
    public static JsonObject Failed(string message)
    {
        var json = Running();
        json["complete"] = true;
        json["status"] = "terminal";
        json["stageStatus"]!["fetchExperiment0"] = "terminal";
        json["exception"] = new JsonObject
        {
            ["exceptionType"] = "MetricFetchException",
            ["shouldRetry"] = false,
            ["details"] = new JsonObject { ["error"] = message, ["errors"] = new JsonArray(message) },
        };
        return json;
    }
}
