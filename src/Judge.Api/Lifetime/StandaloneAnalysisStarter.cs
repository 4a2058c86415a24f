using Judge.Api.Accounts;
using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.Storage;

namespace Judge.Api.Lifetime;

/// <summary>A validated POST /standalone_canary_analysis: who asks, the config, the request and the accounts as given.</summary>
public sealed record AnalysisStart(
    string Application,
    string User,
    string? ParentPipelineExecutionId,
    string? CanaryConfigId,
    CanaryConfig Config,
    CanaryAnalysisExecutionRequest Request,
    string? StorageAccountName,
    string? MetricsAccountName,
    string? ConfigurationAccountName);

/// <summary>
/// Resolves the accounts (an unknown one is a 400 now, not a failed analysis later), plans the schedule, stores the
/// analysis document and queues it for the worker.
/// </summary>
public sealed class StandaloneAnalysisStarter(
    StandaloneAnalysisRepository repository,
    AnalysisQueue queue,
    ObjectStoreResolver stores,
    MetricSourceChoice sources,
    TimeProvider clock)
{
    /// <exception cref="AccountResolutionException">an account cannot be resolved.</exception>
    public async Task<string> StartAsync(AnalysisStart start, CancellationToken cancellationToken)
    {
        var storage = stores.Resolve(start.StorageAccountName, AccountUse.ObjectStore).Account.Name;
        var metricsAccount = sources.RecordedAccountName(start.Config, start.MetricsAccountName);
        var now = clock.GetUtcNow();
        var plan = AnalysisPlan.For(start.Request, now);

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
            MetricsAccountName = metricsAccount,
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
        await repository.SaveAsync(analysis, cancellationToken);
        // Stored is committed: should queueing not happen now, the next host start resumes the analysis.
        await queue.EnqueueAsync(new AnalysisTicket(storage, analysis.PipelineId), CancellationToken.None);
        return analysis.PipelineId;
    }
}
