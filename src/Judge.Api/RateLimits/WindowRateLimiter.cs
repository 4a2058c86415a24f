using System.Threading.RateLimiting;

namespace Judge.Api.RateLimits;

/// <summary>
/// A fixed-window limiter on the service's TimeProvider (so tests move time instead of sleeping): at most
/// <c>permitLimit</c> permits per window; a refused lease carries the time until the window ends as RetryAfter.
/// </summary>
public sealed class WindowRateLimiter(TimeProvider time, int permitLimit, TimeSpan window) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = time.GetUtcNow();
    private int _used;
    private DateTimeOffset _lastUse = time.GetUtcNow();

    public override TimeSpan? IdleDuration
    {
        get { lock (_gate) return _used == 0 ? time.GetUtcNow() - _lastUse : null; }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_gate) return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permitLimit - _used) };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _lastUse = now;
            if (now - _windowStart >= window)
            {
                _windowStart = now;
                _used = 0;
            }
            if (_used + permitCount <= permitLimit)
            {
                _used += permitCount;
                return Lease.Granted;
            }
            return new Lease(false, _windowStart + window - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
