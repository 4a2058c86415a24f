using System.Text.Json.Nodes;
using System.Text.Json;
using Judge.Api.Problems;
using Judge.Stats.Configuration;

namespace Judge.Api.Judging;

/// <summary>
/// Turns a metric's analysisConfigurations (Kayenta's free-form map) into <see cref="MetricAnalysisConfig"/> with Kayenta's
/// defaults. Where Kayenta casts (and crashes on "true" as a string) this reports the field instead; unknown direction
/// and nanStrategy values fall back to the defaults as in Kayenta. Also reads Judge's canary.absoluteBound extension and
/// checks canary.unit (<see cref="MetricUnit"/>; only the report uses it).
/// </summary>
public static class AnalysisConfigReader
{
    /// <param name="path">The JSON path of the analysisConfigurations object, used in error paths.</param>
    public static MetricAnalysisConfig Read(JsonObject? analysisConfigurations, string path, List<FieldError> errors)
    {
        var defaults = new MetricAnalysisConfig();
        if (analysisConfigurations is null || !analysisConfigurations.TryGetPropertyValue("canary", out var canaryNode) || canaryNode is null)
            return defaults;
        var canaryPath = path + ".canary";
        if (canaryNode is not JsonObject canary)
        {
            errors.Add(new FieldError(canaryPath, "must be an object."));
            return defaults;
        }

        var reader = new FieldReader(canary, canaryPath, errors);
        var direction = reader.String("direction")?.ToLowerInvariant() switch
        {
            "increase" => Direction.Increase,
            "decrease" => Direction.Decrease,
            _ => Direction.Either,
        };
        var nanStrategy = reader.String("nanStrategy")?.ToLowerInvariant() == "replace" ? NanStrategy.Replace : NanStrategy.Remove;
        if (reader.String("unit") is { } unit && MetricUnit.Problem(unit) is { } problem)
            reader.Fail<string>("unit", problem);

        return defaults with
        {
            Direction = direction,
            NanStrategy = nanStrategy,
            Critical = reader.Bool("critical") ?? false,
            MustHaveData = reader.Bool("mustHaveData") ?? false,
            Muted = reader.Bool("muted") ?? false,
            EffectSize = ReadEffectSize(reader.Object("effectSize")),
            Outliers = ReadOutliers(reader.Object("outliers")),
            Bound = ReadBound(reader.Object("absoluteBound")),
            Kind = ReadKind(reader),
            TrafficRatio = ReadTrafficRatio(reader),
        };
    }

    private static EffectSizeConfig ReadEffectSize(FieldReader? reader)
    {
        if (reader is null) return EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio);
        var measure = reader.String("measure") switch
        {
            null => EffectSizeMeasure.MeanRatio,
            var m when m.Equals("meanRatio", StringComparison.OrdinalIgnoreCase) => EffectSizeMeasure.MeanRatio,
            var m when m.Equals("cles", StringComparison.OrdinalIgnoreCase) => EffectSizeMeasure.Cles,
            _ => reader.Fail<EffectSizeMeasure>("measure", "must be \"meanRatio\" or \"cles\"."),
        };
        var defaults = EffectSizeConfig.Default(measure);
        return new EffectSizeConfig(
            measure,
            reader.NonNegative("allowedIncrease") ?? defaults.AllowedIncrease,
            reader.NonNegative("allowedDecrease") ?? defaults.AllowedDecrease,
            reader.NonNegative("criticalIncrease") ?? defaults.CriticalIncrease,
            reader.NonNegative("criticalDecrease") ?? defaults.CriticalDecrease);
    }

    private static MetricKind ReadKind(FieldReader reader) => reader.String("metricKind")?.ToLowerInvariant() switch
    {
        null or "continuous" => MetricKind.Continuous,
        "count" => MetricKind.Count,
        _ => reader.Fail<MetricKind>("metricKind", "must be \"continuous\" or \"count\"."),
    };

    private static double ReadTrafficRatio(FieldReader reader)
    {
        var ratio = reader.Number("trafficRatio");
        if (ratio is <= 0) reader.Fail<double>("trafficRatio", "must be greater than 0 (canary traffic ÷ baseline traffic).");
        return ratio is > 0 ? ratio.Value : 1.0;
    }

    private static OutlierConfig ReadOutliers(FieldReader? reader)
    {
        if (reader is null) return new OutlierConfig();
        var strategy = reader.String("strategy")?.ToLowerInvariant() switch
        {
            null or "keep" => OutlierStrategy.Keep,
            "remove" => OutlierStrategy.Remove,
            _ => reader.Fail<OutlierStrategy>("strategy", "must be \"keep\" or \"remove\"."),
        };
        var factor = reader.Number("outlierFactor");
        if (factor is <= 0) reader.Fail<double>("outlierFactor", "must be greater than 0.");
        return new OutlierConfig(strategy, factor is > 0 ? factor.Value : 3.0);
    }

    private static AbsoluteBound? ReadBound(FieldReader? reader)
    {
        if (reader is null) return null;
        var min = reader.Number("min");
        var max = reader.Number("max");
        var aggregate = reader.String("aggregate")?.ToLowerInvariant() switch
        {
            null or "mean" => BoundAggregate.Mean,
            "median" => BoundAggregate.Median,
            "p95" => BoundAggregate.P95,
            "max" => BoundAggregate.Max,
            _ => reader.Fail<BoundAggregate>("aggregate", "must be one of mean, median, p95, max."),
        };
        if (min is null && max is null)
            reader.Fail<double>("", "needs min, max or both.");
        if (min > max)
            reader.Fail<double>("min", "must not exceed max.");
        return new AbsoluteBound(min, max, aggregate);
    }

    /// <summary>Typed reads of one JSON object's properties that record a field error instead of throwing.</summary>
    private sealed class FieldReader(JsonObject node, string path, List<FieldError> errors)
    {
        public T Fail<T>(string name, string message)
        {
            errors.Add(new FieldError(name.Length == 0 ? path : $"{path}.{name}", message));
            return default!;
        }

        private JsonValue? Value(string name, JsonValueKind expected, string description)
        {
            if (!node.TryGetPropertyValue(name, out var child) || child is null) return null;
            if (child is JsonValue value && value.GetValueKind() == expected) return value;
            if (expected == JsonValueKind.True && child is JsonValue b && b.GetValueKind() == JsonValueKind.False) return b;
            return Fail<JsonValue?>(name, $"must be {description}.");
        }

        public string? String(string name) => Value(name, JsonValueKind.String, "a string")?.GetValue<string>();

        public bool? Bool(string name) => Value(name, JsonValueKind.True, "a JSON boolean (true or false, not a string)")?.GetValue<bool>();

        public double? Number(string name)
        {
            var value = Value(name, JsonValueKind.Number, "a JSON number");
            if (value is null) return null;
            var number = value.GetValue<double>();
            return double.IsFinite(number) ? number : Fail<double?>(name, "must be a finite number.");
        }

        public double? NonNegative(string name)
        {
            var number = Number(name);
            return number is < 0 ? Fail<double?>(name, "must not be negative.") : number;
        }

        public FieldReader? Object(string name)
        {
            if (!node.TryGetPropertyValue(name, out var child) || child is null) return null;
            if (child is JsonObject obj) return new FieldReader(obj, $"{path}.{name}", errors);
            return Fail<FieldReader?>(name, "must be an object.");
        }
    }
}
