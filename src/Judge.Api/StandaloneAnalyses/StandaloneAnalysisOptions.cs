using System.ComponentModel.DataAnnotations;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>Settings of standalone canary analyses.</summary>
public sealed class StandaloneAnalysisOptions
{
    /// <summary>
    /// The section keeps its name: deployments set these keys, and the 400s of a request past a limit name them
    /// (e.g. "Judge:Lifetime:MaxLifetimeMinutes"), after the lifetime the request asks for.
    /// </summary>
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
