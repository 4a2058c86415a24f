namespace Judge.Api.Tests.Gates;

/// <summary>
/// The system clock moved so that "now" is <paramref name="start"/> when the clock is created or restarted; timers
/// and timestamps run in real time from there.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks = (start - System.GetUtcNow()).Ticks;

    /// <summary>"Now" is the start instant again from this moment on.</summary>
    public void Restart() => Interlocked.Exchange(ref _offsetTicks, (start - System.GetUtcNow()).Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
