using System.Globalization;
using System.Text;

namespace Judge.MetricSources;

/// <summary>Durations as java.time.Duration#toString writes them: "PT1H", "PT1H30M", "PT0.5S", "PT0S".</summary>
public static class IsoDuration
{
    public static string Format(TimeSpan duration)
    {
        var text = new StringBuilder(duration < TimeSpan.Zero ? "-PT" : "PT");
        duration = duration.Duration();
        var hours = (long)duration.TotalHours;
        if (hours > 0)
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        if (duration.Minutes > 0)
            text.Append(duration.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        var seconds = duration.Seconds + duration.Milliseconds / 1000m;
        if (seconds > 0 || text.Length <= 3)
            text.Append(seconds.ToString("0.###", CultureInfo.InvariantCulture)).Append('S');
        return text.ToString();
    }
}
