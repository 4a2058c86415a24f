using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Judge.Api.Gates;

/// <summary>
/// Durations as CD tools write them: Go's "5m", "90s", "1h30m", "250ms" (Flagger, Argo Rollouts) or ISO-8601 "PT5M".
/// </summary>
public static partial class GateDuration
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith('p'))
        {
            try
            {
                duration = XmlConvert.ToTimeSpan(text.ToUpperInvariant());
                return duration > TimeSpan.Zero;
            }
            catch (FormatException)
            {
                return false;
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        var match = GoDuration().Match(text);
        if (!match.Success) return false;
        var total = 0d;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitAt = part.Value.IndexOfAny("hms".ToCharArray());
            var number = double.Parse(part.Value[..unitAt], NumberStyles.Float, CultureInfo.InvariantCulture);
            total += part.Value[unitAt..] switch
            {
                "h" => number * 3600,
                "m" => number * 60,
                "s" => number,
                _ => number / 1000, // ms
            };
        }
        if (total <= 0 || total > TimeSpan.MaxValue.TotalSeconds / 2) return false;
        duration = TimeSpan.FromSeconds(total);
        return true;
    }

    [GeneratedRegex(@"^(?<part>\d+(\.\d+)?(ms|h|m|s))+$")]
    private static partial Regex GoDuration();
}
