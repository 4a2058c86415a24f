using System.Globalization;

namespace Judge.Stats.Judging;

/// <summary>A confidence level as people read it: "98 %", and a sequential look's 0.9999837 as "99.9983 %" — enough
/// decimals that it never reads as 100 % (rounded down).</summary>
public static class ConfidenceText
{
    public static string Percent(double level)
    {
        var decimals = level < 1 ? Math.Clamp((int)Math.Ceiling(-Math.Log10(1 - level)) - 1, 0, 12) : 0;
        var scale = Math.Pow(10, decimals);
        var truncated = Math.Floor(level * 100 * scale + 1e-9) / scale;
        return truncated.ToString("0.############", CultureInfo.InvariantCulture) + " %";
    }
}
