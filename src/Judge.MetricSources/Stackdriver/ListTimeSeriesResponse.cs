namespace Judge.MetricSources.Stackdriver;

// Cloud Monitoring v3 wire types, in proto3 JSON: int64 fields arrive as strings, doubles may arrive as "NaN"/"Infinity",
// and fields holding their default value are left out.

internal sealed record ListTimeSeriesResponse
{
    public IReadOnlyList<TimeSeries>? TimeSeries { get; init; }
    public string? NextPageToken { get; init; }

    /// <summary>Parts of the query that could not be answered; the answer is then incomplete.</summary>
    public IReadOnlyList<GoogleStatus>? ExecutionErrors { get; init; }
}

internal sealed record TimeSeries
{
    public TypeAndLabels? Metric { get; init; }
    public TypeAndLabels? Resource { get; init; }
    public string? MetricKind { get; init; }
    public string? ValueType { get; init; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<TimeSeriesPoint>? Points { get; init; }
}

/// <summary>A Metric or a MonitoredResource: a type and its labels.</summary>
internal sealed record TypeAndLabels
{
    public string? Type { get; init; }
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

internal sealed record TimeSeriesPoint
{
    public PointInterval? Interval { get; init; }
    public TypedValue? Value { get; init; }
}

internal sealed record PointInterval
{
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
}

/// <summary>A oneof: exactly one of these is set.</summary>
internal sealed record TypedValue
{
    public bool? BoolValue { get; init; }
    public long? Int64Value { get; init; }
    public double? DoubleValue { get; init; }
    public string? StringValue { get; init; }
    public DistributionValue? DistributionValue { get; init; }
}

internal sealed record DistributionValue
{
    public long? Count { get; init; }
    public double? Mean { get; init; }
}

/// <summary>google.rpc.Status, as in executionErrors and in the "error" member of an error body.</summary>
internal sealed record GoogleStatus
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public string? Status { get; init; }
}

internal sealed record GoogleErrorBody
{
    public GoogleStatus? Error { get; init; }
}
