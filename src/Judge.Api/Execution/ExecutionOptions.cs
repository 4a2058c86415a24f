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

    /// <summary>How often an interrupted execution is resumed before it is marked terminal.</summary>
    [Range(0, 100)]
    public int MaxResumptions { get; set; } = 3;
}
