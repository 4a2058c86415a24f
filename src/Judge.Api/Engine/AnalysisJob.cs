using Judge.Api.StandaloneAnalyses;
using Judge.Api.Storage;
using Quartz;

namespace Judge.Api.Engine;

/// <summary>
/// One step of a standalone canary analysis (see <see cref="StandaloneAnalysisRunner.StepAsync"/>); the job fires
/// itself again when the next step is due. Each step starts from the stored document, so a recovered firing — its
/// replica died — takes the same step again, and a judgement whose execution was already started is not started twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AnalysisJob(
    StandaloneAnalysisRepository repository,
    StandaloneAnalysisRunner runner,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<AnalysisJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (account, id) = JobNames.Of(context);
        try
        {
            var analysis = await FindAsync(account, id, cancellationToken);
            if (analysis is null || analysis.Complete)
            {
                await EngineScheduling.EndAsync(context);
                return;
            }
            if (await EngineScheduling.CancelRequestedAsync(context))
            {
                await runner.CancelAsync(analysis);
                await EngineScheduling.EndAsync(context);
                return;
            }
            if (await runner.StepAsync(analysis, cancellationToken) is { } next)
                await EngineScheduling.ContinueAsync(context, next, CancellationToken.None);
            else
                await EngineScheduling.EndAsync(context);
        }
        catch (Exception ex) when (EngineScheduling.HostStopping(context, lifetime))
        {
            await EngineScheduling.HandBackAsync(ex, cancellationToken);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            if (!await EngineScheduling.CancelRequestedAsync(context))
                throw new OperationCanceledException("The host stopped the analysis step.", ex, cancellationToken); // handed back for recovery
            if (await repository.FindAsync(account, id, CancellationToken.None) is { } analysis)
                await runner.CancelAsync(analysis);
            await EngineScheduling.EndAsync(context);
        }
        catch (Exception ex) when (TransientFailure.IsTransient(ex))
        {
            var (attempt, delay) = await EngineScheduling.RetryLaterAsync(context, clock);
            logger.LogWarning("Canary analysis {AnalysisId}: storage failed ({Reason}); trying again in {Delay} (attempt {Attempt}).",
                id, ex.Message, delay, attempt);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Canary analysis {AnalysisId} could not be run.", id);
            if (await repository.FindAsync(account, id, CancellationToken.None) is { } analysis)
                await runner.AbandonAsync(analysis, $"The analysis engine failed: {(ex is ObjectStoreException ? ex.Message : ex.GetType().Name)}");
            await EngineScheduling.EndAsync(context);
        }
    }

    /// <summary>The analysis; an unreadable one that does not say it completed is marked terminal (and null returned).</summary>
    private async Task<StandaloneAnalysis?> FindAsync(string account, string id, CancellationToken cancellationToken)
    {
        try
        {
            var analysis = await repository.FindAsync(account, id, cancellationToken);
            if (analysis is null)
                logger.LogWarning("Canary analysis {AnalysisId} is not in storage account {Account}.", id, account);
            return analysis;
        }
        catch (DamagedDocumentException)
        {
            await DamagedDocuments.SettleAsync(repository, ObjectType.StandaloneCanaryResultArchive, account, id, "canary analysis",
                json => DamagedStandaloneAnalysis.Terminal(id, account, json, clock.GetUtcNow().ToUnixTimeMilliseconds()), logger, cancellationToken);
            return null;
        }
    }
}
