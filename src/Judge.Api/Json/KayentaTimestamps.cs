using System.Globalization;

namespace Judge.Api.Json;

/// <summary>Kayenta's "*Iso" strings: Java's Instant.toString of epoch milliseconds (no fraction when it is zero).</summary>
public static class KayentaTimestamps
{
    public static string Iso(long epochMillis)
    {
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(epochMillis).UtcDateTime;
        var format = epochMillis % 1000 == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        return instant.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Iso(DateTimeOffset instant) => Iso(instant.ToUnixTimeMilliseconds());
}
