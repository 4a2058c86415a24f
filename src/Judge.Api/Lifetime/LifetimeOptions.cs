using System.ComponentModel.DataAnnotations;

namespace Judge.Api.Lifetime;

/// <summary>Judge:Lifetime settings of standalone canary analyses.</summary>
public sealed class LifetimeOptions
{
    public const string Section = "Judge:Lifetime";

    /// <summary>The longest lifetime an analysis may have (default 7 days).</summary>
    [Range(1, 527_040)]
    public long MaxLifetimeMinutes { get; set; } = 10_080;

    /// <summary>The most judgements one analysis may plan (each one is a canary execution and a stored result).</summary>
    [Range(1, 10_000)]
    public int MaxJudgements { get; set; } = 500;

    /// <summary>How often a running judgement's canary execution is checked for completion.</summary>
    [Range(1, 3_600)]
    public int PollIntervalSeconds { get; set; } = 2;
}
