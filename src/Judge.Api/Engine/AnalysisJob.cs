using Judge.Api.Lifetime;
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
            var attempt = JobNames.Attempt(context) + 1;
            logger.LogWarning("Canary analysis {AnalysisId}: storage failed ({Reason}); trying again (attempt {Attempt}).", id, ex.Message, attempt);
            await EngineScheduling.ContinueAsync(context, clock.GetUtcNow() + RetryBackoff.After(attempt), CancellationToken.None, attempt);
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
        }
        var json = await repository.Store(account).ReadAsync(ObjectType.StandaloneCanaryResultArchive, id, cancellationToken);
        if (json is null)
            return null;
        var key = $"{ObjectType.StandaloneCanaryResultArchive.Group()}/{id}";
        if (DamagedText.SaysComplete(json))
        {
            logger.LogError("The stored canary analysis at {ObjectKey} in storage account {Account} is damaged; it had completed and is left as it is.", key, account);
            return null;
        }
        logger.LogError("The stored canary analysis at {ObjectKey} in storage account {Account} is damaged and incomplete; marking it terminal.", key, account);
        await repository.SaveAsync(DamagedAnalysis.Terminal(id, account, json, clock.GetUtcNow().ToUnixTimeMilliseconds()), cancellationToken);
        return null;
    }
}
