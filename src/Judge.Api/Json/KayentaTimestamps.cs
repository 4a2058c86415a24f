using Judge.MetricSources;

namespace Judge.Api.Json;

/// <summary>Kayenta's "*Iso" strings: Java's Instant.toString of epoch milliseconds (no fraction when it is zero).</summary>
public static class KayentaTimestamps
{
    public static string Iso(long epochMillis) => InstantText.Format(epochMillis);

    public static string Iso(DateTimeOffset instant) => Iso(instant.ToUnixTimeMilliseconds());
}
