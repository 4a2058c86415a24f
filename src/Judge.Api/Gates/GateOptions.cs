namespace Judge.Api.Gates;

/// <summary>Judge:Gates settings for the synchronous gates (Flagger webhook, run-and-wait verdicts).</summary>
public sealed class GateOptions
{
    public const string Section = "Judge:Gates";

    /// <summary>How long a gate waits for its judgement when the caller names no deadline; under Flagger's and Argo's 10 s.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The longest deadline a caller may ask for.</summary>
    public TimeSpan MaxDeadline { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The address clients reach Judge at, for report URLs (e.g. behind an ingress); the request's own when unset.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
