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
    private readonly long startedMillis = clock.GetUtcNow().ToUnixTimeMilliseconds();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        using var slots = new SemaphoreSlim(options.Value.MaxConcurrentExecutions);
        try
        {
            await ResumeInterruptedAsync(stoppingToken);
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
                await runner.RunAsync(execution, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Storage itself failed; the document stays incomplete and the next start resumes it.
            logger.LogError(ex, "Execution {ExecutionId} could not be run.", ticket.ExecutionId);
        }
        finally
        {
            queue.Release(ticket);
            slots.Release();
        }
    }

    private async Task ResumeInterruptedAsync(CancellationToken stoppingToken)
    {
        foreach (var account in repository.StorageAccountNames)
        {
            try
            {
                await foreach (var execution in repository.ListAsync(account, stoppingToken))
                {
                    // Executions built since this host started are this host's own, already queued.
                    if (execution.Complete || execution.BuildTimeMillis >= startedMillis)
                        continue;
                    await ResumeAsync(execution, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Incomplete executions in storage account {Account} could not be listed.", account);
            }
        }
    }

    private async Task ResumeAsync(CanaryExecution execution, CancellationToken stoppingToken)
    {
        if (execution.Resumptions >= options.Value.MaxResumptions)
        {
            logger.LogWarning("Execution {ExecutionId} was interrupted too often; marking it terminal.", execution.PipelineId);
            await runner.AbandonAsync(
                execution,
                $"The execution was interrupted {execution.Resumptions + 1} times (host restarts) and was given up.",
                stoppingToken);
            return;
        }
        execution.Resumptions++;
        await repository.SaveAsync(execution, stoppingToken);
        logger.LogInformation("Resuming execution {ExecutionId} (resumption {Count}).", execution.PipelineId, execution.Resumptions);
        await queue.TryEnqueueAsync(new ExecutionTicket(execution.StorageAccountName, execution.PipelineId), stoppingToken);
    }
}
