using System.Text.Json;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench.Http;

/// <summary>
/// Request bodies of the HTTP benchmarks: a canary config of <c>metrics</c> latency metrics judged by the default judge
/// and their pairs of <c>points</c> autocorrelated log-normal values a side (canary +5 %), seed 42.
/// </summary>
internal static class BenchRequests
{
    private const string FilterTemplateName = "bench";

    /// <param name="filterTemplate">A Prometheus filter template every metric's query uses (<c>scope="${scope}"</c>, say); none when null.</param>
    public static byte[] Config(int metrics, string? filterTemplate = null) => Write(writer => WriteConfig(writer, metrics, filterTemplate));

    public static byte[] Pairs(int metrics, int points) => Write(writer => WritePairs(writer, metrics, points));

    public static byte[] Inline(int metrics, int points) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("canaryConfig");
        WriteConfig(writer, metrics);
        writer.WritePropertyName("metricSetPairs");
        WritePairs(writer, metrics, points);
        writer.WriteStartObject("thresholds");
        writer.WriteNumber("pass", 95);
        writer.WriteNumber("marginal", 75);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            write(writer);
        return stream.ToArray();
    }

    private static void WriteConfig(Utf8JsonWriter writer, int metrics, string? filterTemplate = null)
    {
        writer.WriteStartObject();
        writer.WriteString("name", "bench");
        writer.WriteStartArray("applications");
        writer.WriteStringValue("bench");
        writer.WriteEndArray();
        writer.WriteStartObject("judge");
        writer.WriteString("name", "ExactACAJudge-v2");
        writer.WriteEndObject();
        if (filterTemplate is not null)
        {
            writer.WriteStartObject("templates");
            writer.WriteString(FilterTemplateName, filterTemplate);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("metrics");
        for (var m = 0; m < metrics; m++)
        {
            writer.WriteStartObject();
            writer.WriteString("name", $"latency_{m}");
            writer.WriteStartArray("groups");
            writer.WriteStringValue("latency");
            writer.WriteEndArray();
            writer.WriteString("scopeName", "default");
            writer.WriteStartObject("query");
            writer.WriteString("type", "prometheus");
            writer.WriteString("metricName", $"latency_{m}");
            if (filterTemplate is not null)
                writer.WriteString("customFilterTemplate", FilterTemplateName);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("classifier");
        writer.WriteStartObject("groupWeights");
        writer.WriteNumber("latency", 100);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Each metric's (control, experiment) values as the bodies carry them (rounded to 0.001).</summary>
    public static IReadOnlyList<(double[] Control, double[] Experiment)> Series(int metrics, int points)
    {
        var random = new Random(42);
        return Enumerable.Range(0, metrics)
            .Select(_ => (Rounded(SimulatedSeries.LogNormalLatency(random, points, 0.7, 0.3, 100)),
                Rounded(SimulatedSeries.LogNormalLatency(random, points, 0.7, 0.3, 105))))
            .ToList();
    }

    private static double[] Rounded(double[] values) => values.Select(v => Math.Round(v, 3)).ToArray();

    private static void WritePairs(Utf8JsonWriter writer, int metrics, int points)
    {
        writer.WriteStartArray();
        var m = 0;
        foreach (var (control, experiment) in Series(metrics, points))
        {
            writer.WriteStartObject();
            writer.WriteString("id", $"pair-{m}");
            writer.WriteString("name", $"latency_{m}");
            writer.WriteStartObject("values");
            WriteSeries(writer, "control", control);
            WriteSeries(writer, "experiment", experiment);
            writer.WriteEndObject();
            writer.WriteEndObject();
            m++;
        }
        writer.WriteEndArray();
    }

    private static void WriteSeries(Utf8JsonWriter writer, string name, double[] values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
            writer.WriteNumberValue(v);
        writer.WriteEndArray();
    }
}
