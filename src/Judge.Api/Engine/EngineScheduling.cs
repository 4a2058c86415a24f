using Quartz;

namespace Judge.Api.Engine;

/// <summary>
/// The one seam through which executions and analyses reach the engine: scheduling their jobs, asking them to cancel,
/// and counting what waits. Every replica sharing the engine's database sees the same jobs.
/// </summary>
public sealed class EngineScheduling(ISchedulerFactory schedulers, TimeProvider clock)
{
    public Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken) => schedulers.GetScheduler(cancellationToken).AsTask();

    /// <summary>Schedules the execution's job to run now (or at <paramref name="at"/>); an existing job is left as it is.</summary>
    public Task ScheduleExecutionAsync(string account, string id, CancellationToken cancellationToken, DateTimeOffset? at = null) =>
        ScheduleAsync(Job<ExecutionJob>(JobNames.Execution(id), account, id), at ?? clock.GetUtcNow(), JobNames.Executions, cancellationToken);

    /// <summary>Schedules the analysis's next step at <paramref name="at"/>; an existing job is left as it is.</summary>
    public Task ScheduleAnalysisAsync(string account, string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        ScheduleAsync(Job<AnalysisJob>(JobNames.Analysis(id), account, id), at, null, cancellationToken);

    private static IJobDetail Job<T>(JobKey key, string account, string id) where T : IJob =>
        JobBuilder.Create<T>()
            .WithIdentity(key)
            .UsingJobData(JobNames.AccountKey, account)
            .UsingJobData(JobNames.IdKey, id)
            .RequestRecovery()
            .Build();

    private async Task ScheduleAsync(IJobDetail job, DateTimeOffset at, string? executionGroup, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        try
        {
            await scheduler.ScheduleJob(job, Trigger(job.Key, at, executionGroup), cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Already scheduled (by another replica, or by an earlier call): it runs once, as scheduled there.
        }
    }

    /// <summary>Fires the running job again at <paramref name="at"/>, with the given job data; used by a job for its next step.</summary>
    public static async Task ContinueAsync(IJobExecutionContext context, DateTimeOffset at, CancellationToken cancellationToken, int attempt = 0)
    {
        var key = context.JobDetail.Key;
        var trigger = Trigger(key, at, context.Trigger.ExecutionGroup, $"{key.Name}-{Guid.NewGuid():N}", attempt);
        await context.Scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
    }

    /// <summary>After a transient failure: fires the running job again once its backoff has passed.</summary>
    public static async Task<(int Attempt, TimeSpan Delay)> RetryLaterAsync(IJobExecutionContext context, TimeProvider clock)
    {
        var attempt = JobNames.Attempt(context) + 1;
        var delay = RetryBackoff.After(attempt);
        await ContinueAsync(context, clock.GetUtcNow() + delay, CancellationToken.None, attempt);
        return (attempt, delay);
    }

    /// <summary>Removes the running job's other triggers (a step scheduled before a cancel, say): its document is complete.</summary>
    public static async Task EndAsync(IJobExecutionContext context)
    {
        var scheduler = context.Scheduler;
        var others = (await scheduler.GetTriggersOfJob(context.JobDetail.Key, CancellationToken.None))
            .Select(t => t.Key)
            .Where(key => !key.Equals(context.Trigger.Key))
            .ToList();
        if (others.Count > 0)
            await scheduler.UnscheduleJobs(others, CancellationToken.None);
    }

    private static ITrigger Trigger(JobKey key, DateTimeOffset at, string? executionGroup, string? name = null, int attempt = 0)
    {
        var trigger = TriggerBuilder.Create()
            .WithIdentity(name ?? key.Name, key.Group)
            .ForJob(key)
            .StartAt(at)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow));
        if (attempt > 0)
            trigger = trigger.UsingJobData(JobNames.AttemptKey, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (executionGroup is not null)
            trigger = trigger.WithExecutionGroup(executionGroup);
        return trigger.Build();
    }

    /// <summary>
    /// Asks the job to end its document as canceled: marks the job (every replica reads the mark), interrupts it wherever
    /// it runs and fires it now should it be waiting. False when there is no job: nothing runs the document.
    /// </summary>
    public async Task<bool> RequestCancelAsync(JobKey key, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var job = await scheduler.GetJobDetail(key, cancellationToken);
        if (job is null)
            return false;
        var marked = job.GetJobBuilder().UsingJobData(JobNames.CancelKey, "true").Build();
        await scheduler.AddJob(marked, new AddJobOptions { Replace = true, StoreNonDurableWhileAwaitingScheduling = true }, cancellationToken);
        await scheduler.Interrupt(key, cancellationToken);
        try
        {
            // A waiting job sees the mark now rather than at its turn; a marked job that had just finished is removed.
            await scheduler.TriggerJob(key, null, cancellationToken);
        }
        catch (JobPersistenceException)
        {
            // The interrupted job finished and was removed meanwhile: it has ended the document.
        }
        return true;
    }

    /// <summary>Whether a client asked to cancel the running job (read from the store, not the firing's snapshot).</summary>
    public static async Task<bool> CancelRequestedAsync(IJobExecutionContext context)
    {
        try
        {
            var job = await context.Scheduler.GetJobDetail(context.JobDetail.Key, CancellationToken.None);
            return (job?.JobDataMap ?? context.JobDetail.JobDataMap).ContainsKey(JobNames.CancelKey);
        }
        catch (SchedulerException)
        {
            // The scheduler is shutting down: this firing is being stopped by the host, not by a client.
            return false;
        }
    }

    /// <summary>Whether the host or the scheduler is stopping: whatever fails now is the stop, not the job.</summary>
    public static bool HostStopping(IJobExecutionContext context, IHostApplicationLifetime lifetime) =>
        lifetime.ApplicationStopping.IsCancellationRequested
        || context.Scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown;

    /// <summary>
    /// Ends a firing that the host's stop cut short so that the engine hands it back for recovery: only a firing the
    /// shutdown itself interrupted is handed back, and a call can fail on the stopping scheduler just before that
    /// interruption arrives, so this waits for it (a bounded wait: a stop that never interrupts ends the firing anyway).
    /// </summary>
    public static async Task HandBackAsync(Exception cause, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(ShutdownInterruptionWait, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown's interruption: thrown below as the firing's cancellation.
        }
        throw new OperationCanceledException("The host stopped the job.", cause, cancellationToken);
    }

    private static readonly TimeSpan ShutdownInterruptionWait = TimeSpan.FromSeconds(30);

    /// <summary>Executions whose job has not finished (waiting or running), on every replica.</summary>
    public async Task<int> UnfinishedExecutionsAsync(CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        return (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(JobNames.Executions), cancellationToken)).Count;
    }

    /// <summary>Whether a firing of the job runs now, on any replica.</summary>
    public async Task<bool> IsRunningAsync(JobKey key, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var firings = await scheduler.QueryFireInstances(new FireInstanceQuery { Job = key }, cancellationToken);
        return firings.Items.Count > 0;
    }
}
