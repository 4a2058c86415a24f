namespace Judge.Api.RateLimits;

/// <summary>Judge:RateLimits: how many requests each caller may send per window (see CallerPartition for who a caller is).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Judge:RateLimits";

    /// <summary>Requests a caller may send in one window; 0 turns rate limiting off.</summary>
    public int PermitLimit { get; set; } = 1200;

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
