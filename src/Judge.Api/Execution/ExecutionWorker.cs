using Judge.Api.Storage;
using Microsoft.Extensions.Options;

namespace Judge.Api.Execution;

/// <summary>
/// Runs queued executions in the background, a bounded number at a time. On start it first picks up the executions a
/// previous host left incomplete, so none stays "running" forever.
/// </summary>
public sealed class ExecutionWorker(
    ExecutionQueue queue,
    ExecutionRepository repository,
    CanaryExecutionRunner runner,
    IOptions<ExecutionOptions> options,
    TimeProvider clock,
    ILogger<ExecutionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        using var slots = new SemaphoreSlim(options.Value.MaxConcurrentExecutions);
        // New executions need not wait for the scan of old ones, which reads every stored execution.
        var resuming = ResumeInterruptedAsync(stoppingToken);
        try
        {
            await foreach (var ticket in queue.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(task => task.IsCompleted);
                running.Add(RunAsync(ticket, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        try
        {
            await resuming;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running);
    }

    private async Task RunAsync(ExecutionTicket ticket, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            var execution = await repository.FindAsync(ticket.StorageAccountName, ticket.ExecutionId, stoppingToken);
            if (execution is null)
                logger.LogWarning("Execution {ExecutionId} is not in storage account {Account}.", ticket.ExecutionId, ticket.StorageAccountName);
            else
                await runner.RunAsync(execution, stoppingToken, queue.CancellationFor(ticket));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Execution {ExecutionId} could not be run.", ticket.ExecutionId);
            await GiveUpAsync(ticket, ex, stoppingToken);
        }
        finally
        {
            queue.Release(ticket);
            slots.Release();
        }
    }

    /// <summary>The engine itself failed (storage, most likely): record that on the document if storage allows.</summary>
    private async Task GiveUpAsync(ExecutionTicket ticket, Exception failure, CancellationToken stoppingToken)
    {
        try
        {
            var execution = await repository.FindAsync(ticket.StorageAccountName, ticket.ExecutionId, stoppingToken);
            if (execution is { Complete: false })
                await runner.AbandonAsync(execution, $"The execution engine failed: {failure.GetType().Name}.", stoppingToken);
        }
        catch (Exception ex)
        {
            // Still incomplete in storage: the next start resumes it.
            if (ex is not OperationCanceledException)
                logger.LogError(ex, "Execution {ExecutionId} could not be marked terminal.", ticket.ExecutionId);
        }
    }

    private async Task ResumeInterruptedAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        foreach (var account in repository.StorageAccountNames)
        {
            try
            {
                await MarkDamagedTerminalAsync(account, stoppingToken);
                await foreach (var (_, listed) in repository.ListAsync(account, stoppingToken))
                {
                    if (!listed.Complete)
                        await ResumeAsync(new ExecutionTicket(account, listed.PipelineId), stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Incomplete executions in storage account {Account} could not be listed.", account);
            }
        }
    }

    /// <summary>Every unreadable execution document is logged; one that does not say it completed is marked terminal with the reason.</summary>
    private async Task MarkDamagedTerminalAsync(string account, CancellationToken stoppingToken)
    {
        var store = repository.Store(account);
        foreach (var summary in await store.ListAsync(Storage.ObjectType.CanaryResultArchive, stoppingToken))
        {
            try
            {
                await repository.FindAsync(account, summary.Id, stoppingToken);
                continue;
            }
            catch (Storage.DamagedDocumentException)
            {
            }
            var ticket = new ExecutionTicket(account, summary.Id);
            if (!queue.TryReserve(ticket)) continue;
            try
            {
                var json = await store.ReadAsync(Storage.ObjectType.CanaryResultArchive, summary.Id, stoppingToken);
                if (json is null) continue;
                var key = $"{Storage.ObjectType.CanaryResultArchive.Group()}/{summary.Id}";
                if (DamagedText.SaysComplete(json))
                {
                    logger.LogError("The stored execution at {ObjectKey} in storage account {Account} is damaged; it had completed and is left as it is.", key, account);
                    continue;
                }
                logger.LogError("The stored execution at {ObjectKey} in storage account {Account} is damaged and incomplete; marking it terminal.", key, account);
                await repository.SaveAsync(DamagedExecution.Terminal(summary.Id, account, json, clock.GetUtcNow().ToUnixTimeMilliseconds()), stoppingToken);
            }
            finally
            {
                queue.Release(ticket);
            }
        }
    }

    private async Task ResumeAsync(ExecutionTicket ticket, CancellationToken stoppingToken)
    {
        // Claimed first so that nothing else on this host runs or writes the document meanwhile (a POST may have queued it).
        if (!queue.TryReserve(ticket))
            return;
        var enqueued = false;
        try
        {
            var execution = await repository.FindAsync(ticket.StorageAccountName, ticket.ExecutionId, stoppingToken);
            if (execution is null || execution.Complete)
                return;
            if (execution.Resumptions >= options.Value.MaxResumptions)
            {
                logger.LogWarning("Execution {ExecutionId} was interrupted too often; marking it terminal.", execution.PipelineId);
                await runner.AbandonAsync(
                    execution,
                    $"The execution was interrupted {execution.Resumptions + 1} times (host stops) and was given up.",
                    stoppingToken);
                return;
            }
            execution.Resumptions++;
            await repository.SaveAsync(execution, stoppingToken);
            logger.LogInformation("Resuming execution {ExecutionId} (resumption {Count}).", execution.PipelineId, execution.Resumptions);
            await queue.EnqueueReservedAsync(ticket, stoppingToken);
            enqueued = true;
        }
        finally
        {
            if (!enqueued)
                queue.Release(ticket);
        }
    }
}
