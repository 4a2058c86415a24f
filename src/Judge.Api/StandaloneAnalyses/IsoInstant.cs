using System.Globalization;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>The "*TimeIso" strings of a request: ISO-8601 instants such as "2018-12-17T20:56:39.689Z".</summary>
public static class IsoInstant
{
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return text is { Length: > 0 } && text.Contains('T')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }

    public static DateTimeOffset? ParseOrNull(string? text) => TryParse(text, out var instant) ? instant : null;
}
