namespace Judge.Api.Gates;

/// <summary>The window ending now, its end floored to the step so that repeated calls share one query grid.</summary>
public readonly record struct LookbackWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static LookbackWindow EndingAt(DateTimeOffset now, TimeSpan lookback, TimeSpan step)
    {
        var stepSeconds = Math.Max(1, (long)step.TotalSeconds);
        var endSeconds = now.ToUnixTimeSeconds() / stepSeconds * stepSeconds;
        var end = DateTimeOffset.FromUnixTimeSeconds(endSeconds);
        return new LookbackWindow(end - lookback, end);
    }
}
