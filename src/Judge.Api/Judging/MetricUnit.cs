using System.Text.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Judging;

/// <summary>
/// A metric's optional unit (Judge's extension <c>analysisConfigurations.canary.unit</c>, e.g. "s", "ms", "req/s"):
/// the report labels the metric's axes and numbers with it. The judges ignore it.
/// </summary>
public static class MetricUnit
{
    /// <summary>Long enough for "requests/s" or "bytes per request", short enough for an axis title.</summary>
    public const int MaxLength = 32;

    /// <summary>The validation message for a unit that is not a short non-blank string; null when it is fine.</summary>
    public static string? Problem(string unit) =>
        string.IsNullOrWhiteSpace(unit) ? "must not be blank."
        : unit.Length > MaxLength ? $"must be at most {MaxLength} characters."
        : unit.Any(char.IsControl) ? "must not contain control characters."
        : null;

    /// <summary>The unit of a metric's analysisConfigurations; null when none (or an invalid one, refused at save) is set.</summary>
    public static string? Of(JsonObject? analysisConfigurations) =>
        analysisConfigurations?["canary"] is JsonObject canary
        && canary["unit"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && value.GetValue<string>() is { } unit && Problem(unit) is null
            ? unit.Trim()
            : null;
}
