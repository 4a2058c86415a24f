namespace Judge.Api.Tests.Gates;

/// <summary>The system clock moved so that "now" starts at <paramref name="now"/>; timers and timestamps run in real time.</summary>
public sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeSpan _offset = now - TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _offset;
}
