using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.MetricSources.Prometheus;

/// <summary>Source-generated JSON metadata for the Prometheus answers (Refit's generated client uses no reflection).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PrometheusQueryRangeResponse))]
[JsonSerializable(typeof(PrometheusLabelValuesResponse))]
[JsonSerializable(typeof(PrometheusSeries))]
internal sealed partial class PrometheusJsonContext : JsonSerializerContext;
