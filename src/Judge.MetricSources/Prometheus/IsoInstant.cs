using System.Globalization;

namespace Judge.MetricSources.Prometheus;

/// <summary>Instants written the way Java's Instant#toString writes them: "2020-07-27T19:17:36Z", with ".SSS" only when
/// there are milliseconds. Prometheus reads the same text as RFC 3339.</summary>
internal static class IsoInstant
{
    public static string Format(long unixMillis)
    {
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(unixMillis).UtcDateTime;
        var format = instant.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        return instant.ToString(format, CultureInfo.InvariantCulture);
    }
}
