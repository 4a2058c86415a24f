using System.Globalization;

namespace Judge.MetricSources;

/// <summary>
/// ISO-8601 UTC instants the way Kayenta (java.time.Instant#toString) writes them: "2021-05-12T02:04:00Z", the
/// fraction only when non-zero and then in groups of three digits (".500", ".123456", ".123456700"). Prometheus and
/// Cloud Monitoring read the same text as RFC 3339.
/// </summary>
public static class InstantText
{
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
