using System.Globalization;

namespace Judge.MetricSources;

/// <summary>ISO-8601 UTC instants the way Kayenta (java.time.Instant) writes them: "2021-05-12T02:04:00Z", fraction only when non-zero.</summary>
internal static class InstantText
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string FromEpochMillis(long epochMillis) => Format(DateTimeOffset.FromUnixTimeMilliseconds(epochMillis));
}
