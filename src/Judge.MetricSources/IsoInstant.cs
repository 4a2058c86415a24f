using System.Globalization;

namespace Judge.MetricSources;

/// <summary>
/// ISO-8601 instants as text. Written in UTC the way Kayenta (java.time.Instant#toString) writes them:
/// "2021-05-12T02:04:00Z", the fraction only when non-zero and then in groups of three digits (".500", ".123456",
/// ".123456700"); Prometheus and Cloud Monitoring read the same text as RFC 3339. Read as the "*TimeIso" strings of a
/// request: any ISO-8601 instant with a time part ("2018-12-17T20:56:39.689Z"), UTC when it names no offset.
/// </summary>
public static class IsoInstant
{
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return text is { Length: > 0 } && text.Contains('T')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }

    public static DateTimeOffset? ParseOrNull(string? text) => TryParse(text, out var instant) ? instant : null;

    public static string Format(long epochMillis) => Format(DateTimeOffset.FromUnixTimeMilliseconds(epochMillis));

    public static string Format(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var seconds = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var nanos = utc.Ticks % TimeSpan.TicksPerSecond * 100;
        var fraction = nanos switch
        {
            0 => "",
            _ when nanos % 1_000_000 == 0 => "." + (nanos / 1_000_000).ToString("D3", CultureInfo.InvariantCulture),
            _ when nanos % 1_000 == 0 => "." + (nanos / 1_000).ToString("D6", CultureInfo.InvariantCulture),
            _ => "." + nanos.ToString("D9", CultureInfo.InvariantCulture),
        };
        return seconds + fraction + "Z";
    }
}
