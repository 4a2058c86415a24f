namespace Judge.Api.Limits;

/// <summary>Judge:Limits: what one request may carry.</summary>
public sealed class RequestLimits
{
    public const string Section = "Judge:Limits";

    /// <summary>Largest request body; larger ones get 413.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Most metrics in one canary config (and metric set pairs in one list).</summary>
    public int MaxMetrics { get; set; } = 500;

    /// <summary>Most values in one series (one side of a metric set pair, or one metric set).</summary>
    public int MaxSeriesLength { get; set; } = 100_000;

    /// <summary>Longest name stored in a config: its applications, metric names, group names.</summary>
    public int MaxNameLength { get; set; } = 256;

    /// <summary>Longest description of a stored config.</summary>
    public int MaxDescriptionLength { get; set; } = 8 * 1024;
}
