using Judge.Api.Storage;

namespace Judge.Api.Lifetime;

/// <summary>
/// Runs the analyses of this host: on start every incomplete analysis in storage (a previous host's, or one whose
/// queueing was lost), then each one created here. An analysis mostly waits, so each runs as its own task.
/// </summary>
public sealed class StandaloneAnalysisWorker(
    AnalysisQueue queue,
    StandaloneAnalysisRepository repository,
    StandaloneAnalysisRunner runner,
    TimeProvider clock,
    ILogger<StandaloneAnalysisWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            foreach (var account in repository.StorageAccountNames)
            {
                try
                {
                    await MarkDamagedTerminalAsync(account, stoppingToken);
                    foreach (var id in await repository.IncompleteAsync(account, stoppingToken))
                        running.Add(RunAsync(new AnalysisTicket(account, id), stoppingToken));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Incomplete canary analyses in storage account {Account} could not be listed.", account);
                }
            }
            await foreach (var ticket in queue.ReadAllAsync(stoppingToken))
            {
                running.RemoveAll(task => task.IsCompleted);
                running.Add(RunAsync(ticket, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running);
    }

    /// <summary>Every unreadable analysis document is logged; one that does not say it completed is marked terminal with the reason.</summary>
    private async Task MarkDamagedTerminalAsync(string account, CancellationToken stoppingToken)
    {
        var store = repository.Store(account);
        foreach (var summary in await store.ListAsync(ObjectType.StandaloneCanaryResultArchive, stoppingToken))
        {
            try
            {
                await repository.FindAsync(account, summary.Id, stoppingToken);
                continue;
            }
            catch (DamagedDocumentException)
            {
            }
            if (queue.TryClaim(summary.Id) is null) continue;
            try
            {
                var json = await store.ReadAsync(ObjectType.StandaloneCanaryResultArchive, summary.Id, stoppingToken);
                if (json is null) continue;
                var key = $"{ObjectType.StandaloneCanaryResultArchive.Group()}/{summary.Id}";
                if (DamagedText.SaysComplete(json))
                {
                    logger.LogError("The stored canary analysis at {ObjectKey} in storage account {Account} is damaged; it had completed and is left as it is.", key, account);
                    continue;
                }
                logger.LogError("The stored canary analysis at {ObjectKey} in storage account {Account} is damaged and incomplete; marking it terminal.", key, account);
                await repository.SaveAsync(DamagedAnalysis.Terminal(summary.Id, account, json, clock.GetUtcNow().ToUnixTimeMilliseconds()), stoppingToken);
            }
            finally
            {
                queue.Release(summary.Id);
            }
        }
    }

    private async Task RunAsync(AnalysisTicket ticket, CancellationToken stoppingToken)
    {
        // Claimed before loading, so a cancel on this host either signals this run or finds the analysis free.
        var canceled = queue.TryClaim(ticket.AnalysisId);
        if (canceled is null)
            return;
        try
        {
            await Task.Yield();
            var analysis = await repository.FindAsync(ticket.StorageAccountName, ticket.AnalysisId, stoppingToken);
            if (analysis is null)
                logger.LogWarning("Canary analysis {AnalysisId} is not in storage account {Account}.", ticket.AnalysisId, ticket.StorageAccountName);
            else
                await runner.RunAsync(analysis, canceled.Token, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Storage failed; the document stays incomplete and the next start continues it.
            logger.LogError(ex, "Canary analysis {AnalysisId} could not be run.", ticket.AnalysisId);
        }
        finally
        {
            queue.Release(ticket.AnalysisId);
        }
    }
}
