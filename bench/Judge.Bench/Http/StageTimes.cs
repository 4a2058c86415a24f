using System.Text.Json;

namespace Judge.Bench.Http;

/// <summary>
/// Where one execution's run went, from the stage timestamps of its stored document (the service's clock, ms): setup,
/// the fetch phase (first fetch begun → last fetch ended), the median single fetch, mixMetrics and judge.
/// </summary>
internal sealed record StageTimes(double Setup, double Fetches, double MedianFetch, double Mix, double Judge)
{
    /// <summary>Reads the execution document the service stored in its embedded filesystem account.</summary>
    public static StageTimes Read(string dataFolder, string executionId)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataFolder, "canary_archive", executionId, "canary_archive.json")));
        var root = document.RootElement;
        var stages = root.GetProperty("stages").EnumerateArray()
            .ToDictionary(s => s.GetProperty("refId").GetString()!, s => (Start: Millis(s, "startTimeMillis"), End: Millis(s, "endTimeMillis")));
        var fetches = stages.Where(s => s.Key.StartsWith("fetch", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        return new StageTimes(
            stages["setupContext"].End - Millis(root, "startTimeMillis"),
            fetches.Max(f => f.End) - fetches.Min(f => f.Start),
            StoredJudgeCommand.Median(fetches.Select(f => f.End - f.Start)),
            stages["mixMetrics"].End - stages["mixMetrics"].Start,
            stages["judge"].End - stages["judge"].Start);
    }

    private static double Millis(JsonElement element, string name) => element.GetProperty(name).GetInt64();
}
