namespace Judge.Api.Execution;

/// <summary>Orca's execution statuses as Kayenta reports them (lowercase), for stages and for the whole execution.</summary>
public static class ExecutionStatus
{
    public const string NotStarted = "not_started";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Terminal = "terminal";
    public const string Canceled = "canceled";

    public static readonly IReadOnlyList<string> All = [NotStarted, Running, Succeeded, Terminal, Canceled];

    public static bool IsComplete(string status) => status is Succeeded or Terminal or Canceled;
}
