using System.Text.Json.Serialization;

namespace Judge.MetricSources.Stackdriver;

/// <summary>Source-generated JSON metadata for Cloud Monitoring's wire types, read the proto3-JSON way.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ListTimeSeriesResponse))]
[JsonSerializable(typeof(GoogleErrorBody))]
[JsonSerializable(typeof(ServiceAccountKey))]
internal sealed partial class StackdriverJsonContext : JsonSerializerContext;
