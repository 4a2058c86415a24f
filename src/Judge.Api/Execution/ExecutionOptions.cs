using System.ComponentModel.DataAnnotations;

namespace Judge.Api.Execution;

/// <summary>Judge:Execution settings.</summary>
public sealed class ExecutionOptions
{
    public const string Section = "Judge:Execution";

    /// <summary>Metric fetches of one execution in flight at once (Kayenta: 2).</summary>
    [Range(1, 256)]
    public int MaxParallelFetches { get; set; } = 8;

    /// <summary>Executions run at once by this host; the rest wait in the queue.</summary>
    [Range(1, 256)]
    public int MaxConcurrentExecutions { get; set; } = 4;

    /// <summary>How long one metric fetch may take, retries included, before its stage fails (Kayenta: 2 min per task).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Unfinished executions (waiting or running, on every replica) past which starts are refused with 429.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueued { get; set; } = 1000;

    /// <summary>How often an interrupted execution is resumed before it is marked terminal.</summary>
    [Range(0, 100)]
    public int MaxResumptions { get; set; } = 3;
}
