namespace Judge.Api.Auth;

/// <summary>Judge:Auth:RateLimit: a token bucket per caller (API key name, token subject, or anonymous client address).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a caller may send in a burst; 0 turns rate limiting off.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Permits added back every <see cref="Window"/>.</summary>
    public int TokensPerPeriod { get; set; } = 600;

    /// <summary>The replenishment period.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
