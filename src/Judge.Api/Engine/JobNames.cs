using Quartz;

namespace Judge.Api.Engine;

/// <summary>How a stored document's job is named in the engine, and what its job data holds.</summary>
public static class JobNames
{
    /// <summary>The job group of executions, also their execution group (Judge:Execution:MaxConcurrentExecutions).</summary>
    public const string Executions = "executions";
    public const string Analyses = "analyses";

    public const string AccountKey = "storageAccountName";
    public const string IdKey = "id";
    /// <summary>Set on a job a client asked to cancel; the job ends its document as canceled when it sees it.</summary>
    public const string CancelKey = "cancelRequested";
    /// <summary>How many times a transient storage failure has put the job off in a row.</summary>
    public const string AttemptKey = "transientAttempt";

    public static JobKey Execution(string id) => new(id, Executions);

    public static JobKey Analysis(string id) => new(id, Analyses);

    public static (string Account, string Id) Of(IJobExecutionContext context)
    {
        var data = context.MergedJobDataMap;
        return (data.GetString(AccountKey)!, data.GetString(IdKey)!);
    }

    public static int Attempt(IJobExecutionContext context) => Attempt(context.MergedJobDataMap);

    /// <summary>The transient-failure attempt a trigger's (or a firing's) job data holds; 0 when none.</summary>
    public static int Attempt(JobDataMap data) =>
        data.TryGetString(AttemptKey, out var attempt) && int.TryParse(attempt, out var n) ? n : 0;
}
