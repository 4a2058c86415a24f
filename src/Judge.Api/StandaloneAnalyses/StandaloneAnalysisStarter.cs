using Judge.Api.Accounts;
using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>A validated POST /standalone_canary_analysis: who asks, the config, the request and the accounts as given.</summary>
public sealed record StandaloneAnalysisStart(
    string Application,
    string User,
    string? ParentPipelineExecutionId,
    string? CanaryConfigId,
    CanaryConfig Config,
    StandaloneAnalysisRequest Request,
    string? StorageAccountName,
    string? MetricsAccountName,
    string? ConfigurationAccountName)
{
    /// <summary>Where the config sits in the request body, for error paths: "" for a stored config, "canaryConfig" ad hoc.</summary>
    public string ConfigPath { get; init; } = "";
}

/// <summary>
/// Resolves the accounts and builds every query for the first judgement's windows, as POST /canary does (an unknown
/// account or a query that cannot be built is a 400 now, not a failed analysis later), plans the schedule, stores the
/// analysis document and schedules its engine job.
/// </summary>
public sealed class StandaloneAnalysisStarter(
    StandaloneAnalysisRepository repository,
    Engine.EngineScheduling engine,
    StartServices starting)
{
    /// <exception cref="AccountResolutionException">an account cannot be resolved.</exception>
    /// <exception cref="Problems.ProblemException">400: a metric's query cannot be built for a scope.</exception>
    /// <exception cref="QueueFullException">Judge:Execution:MaxQueued executions are unfinished.</exception>
    public async Task<string> StartAsync(StandaloneAnalysisStart start, CancellationToken cancellationToken)
    {
        await starting.EnsureRoomAsync(cancellationToken);
        var storage = starting.StorageAccountName(start.StorageAccountName);
        var metricsAccounts = starting.MetricAccounts(start.Config, start.MetricsAccountName);
        var now = starting.Clock.GetUtcNow();
        var plan = StandaloneAnalysisPlan.For(start.Request, now);

        var analysis = new StandaloneAnalysis
        {
            PipelineId = ObjectId.New(),
            Application = start.Application,
            User = start.User,
            ParentPipelineExecutionId = start.ParentPipelineExecutionId,
            CanaryConfigId = start.CanaryConfigId,
            Config = start.Config,
            Request = start.Request,
            StorageAccountName = storage,
            MetricsAccountName = metricsAccounts.RecordedAccountName,
            ConfigurationAccountName = start.ConfigurationAccountName,
            BuildTimeMillis = now.ToUnixTimeMilliseconds(),
            WarmupEndsAtMillis = plan.WarmupEndsAt.ToUnixTimeMilliseconds(),
            HasEndTime = plan.End is not null,
            Judgements = plan.Judgements.Select(j => new AnalysisJudgement
            {
                Number = j.Number,
                DueAtMillis = j.DueAt.ToUnixTimeMilliseconds(),
                WindowStartMillis = j.WindowStart.ToUnixTimeMilliseconds(),
                WindowEndMillis = j.WindowEnd.ToUnixTimeMilliseconds(),
            }).ToList(),
        };
        if (analysis.Judgements.Count > 0)
            starting.DryRun.EnsureQueriesBuild(
                new ExecutionPlan(metricsAccounts, start.Config, JudgementWindows.RequestFor(analysis, analysis.Judgements[0])), start.ConfigPath);
        await repository.SaveAsync(analysis, cancellationToken);
        await engine.ScheduleAnalysisAsync(storage, analysis.PipelineId, now, CancellationToken.None);
        return analysis.PipelineId;
    }
}
