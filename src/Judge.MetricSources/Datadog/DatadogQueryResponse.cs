using System.Text.Json.Serialization;

namespace Judge.MetricSources.Datadog;

/// <summary>The body of GET /api/v1/query; also the shape of Datadog's error bodies, which carry only "errors".</summary>
internal sealed record DatadogQueryResponse
{
    [JsonPropertyName("status")] public string? Status { get; init; }

    /// <summary>Set when status is not "ok".</summary>
    [JsonPropertyName("error")] public string? Error { get; init; }

    /// <summary>Datadog's generic API error body: {"errors": ["..."]}.</summary>
    [JsonPropertyName("errors")] public IReadOnlyList<string>? Errors { get; init; }

    [JsonPropertyName("series")] public IReadOnlyList<DatadogSeries>? Series { get; init; }
}

internal sealed record DatadogSeries
{
    [JsonPropertyName("metric")] public string? Metric { get; init; }

    /// <summary>The series' tags as one string, "k:v,k2:v2", or "*" when the query is not grouped.</summary>
    [JsonPropertyName("scope")] public string? Scope { get; init; }

    /// <summary>The series' tags, "k:v" each.</summary>
    [JsonPropertyName("tag_set")] public IReadOnlyList<string>? TagSet { get; init; }

    /// <summary>Milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("start")] public double? Start { get; init; }

    /// <summary>Milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("end")] public double? End { get; init; }

    /// <summary>Seconds between points: the rollup Datadog chose.</summary>
    [JsonPropertyName("interval")] public long? Interval { get; init; }

    /// <summary>[timestamp in ms, value or null] pairs.</summary>
    [JsonPropertyName("pointlist")] public IReadOnlyList<IReadOnlyList<double?>>? PointList { get; init; }
}
