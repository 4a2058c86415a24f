using System.Text.Json.Nodes;

namespace Judge.Api.Execution;

/// <summary>One stage's persisted state; enough to report it and to resume after it.</summary>
public sealed class ExecutionStage
{
    public required string RefId { get; init; }
    public string Status { get; set; } = ExecutionStatus.NotStarted;
    public long? StartTimeMillis { get; set; }
    public long? EndTimeMillis { get; set; }

    /// <summary>A fetch stage's output: the id of the stored metric set list.</summary>
    public string? MetricSetListId { get; set; }

    /// <summary>Set when the stage failed, in Orca's shape: {"details":{"errors":[…]}, …}.</summary>
    public JsonObject? Exception { get; set; }
}
