using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>Which page an execution gets: the full report, a progress page, or an error page.</summary>
public enum ReportState
{
    Running,
    Succeeded,
    Failed,
}

public static class ReportStates
{
    /// <summary>Succeeded only when the execution completed successfully and carries a judge result.</summary>
    public static ReportState Of(CanaryExecutionStatusResponse execution)
    {
        if (!execution.Complete)
            return ReportState.Running;
        return execution.Status == ExecutionStatus.Succeeded && execution.Result is not null
            ? ReportState.Succeeded
            : ReportState.Failed;
    }

    /// <summary>An Orca status in words: "not_started" → "NOT STARTED".</summary>
    public static string StatusLabel(string? status) =>
        string.IsNullOrEmpty(status) ? "UNKNOWN" : status.Replace('_', ' ').ToUpperInvariant();

    /// <summary>The headline of a page without a verdict.</summary>
    public static string Headline(CanaryExecutionStatusResponse execution, ReportState state) => state switch
    {
        ReportState.Running => StatusLabel(execution.Status),
        ReportState.Failed when execution.Status == ExecutionStatus.Canceled => "CANCELED",
        ReportState.Failed when execution.Status == ExecutionStatus.Succeeded => "NO RESULT",
        ReportState.Failed => "FAILED",
        _ => StatusLabel(execution.Status),
    };
}
