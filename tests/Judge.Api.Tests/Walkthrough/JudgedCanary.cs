using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Walkthrough;

public sealed record JudgedMetric(string Classification, bool Critical, string Reason);

/// <summary>What GET /canary/{id} says about a finished execution: the overall score and each metric's verdict.</summary>
public sealed record JudgedCanary(double Score, string Classification, IReadOnlyDictionary<string, JudgedMetric> Metrics)
{
    public static JudgedCanary From(JsonObject execution)
    {
        var judgeResult = execution["result"]?["judgeResult"]
            ?? throw new InvalidOperationException($"The execution holds no judge result: {execution.ToJsonString()}");
        var metrics = judgeResult["results"]!.AsArray().ToDictionary(
            r => r!["name"]!.GetValue<string>(),
            r => new JudgedMetric(
                r!["classification"]!.GetValue<string>(),
                r["critical"]?.GetValue<bool>() ?? false,
                r["classificationReason"]?.GetValue<string>() ?? ""));
        return new JudgedCanary(
            judgeResult["score"]!["score"]!.GetValue<double>(),
            judgeResult["score"]!["classification"]!.GetValue<string>(),
            metrics);
    }

    public JudgedMetric Metric(string name) =>
        Metrics.TryGetValue(name, out var metric) ? metric : throw new InvalidOperationException($"No result for metric '{name}' in:\n{this}");

    public override string ToString() =>
        $"{Classification} (score {Score})\n" + string.Join('\n',
            Metrics.Select(m => $"  {m.Key}: {m.Value.Classification}{(m.Value.Critical ? " critical" : "")}: {m.Value.Reason}"));
}
