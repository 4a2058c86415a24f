using System.Text.Json.Serialization;

namespace Judge.MetricSources.Datadog;

/// <summary>Source-generated JSON metadata for Datadog's wire types (Refit 16 runs without reflection).</summary>
[JsonSerializable(typeof(DatadogQueryResponse))]
internal sealed partial class DatadogJsonContext : JsonSerializerContext;
