using Judge.Api.Execution;
using Judge.Api.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace Judge.Api.Engine;

/// <summary>
/// Runs one execution to completion from its stored document, on whichever replica the engine fires it. A recovered
/// firing (its replica died or stopped mid-run) resumes from the last stored stage; a transient storage failure puts
/// the job off with backoff; a cancel request ends the document as canceled.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ExecutionJob(
    ExecutionRepository repository,
    CanaryExecutionRunner runner,
    IOptions<ExecutionOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ExecutionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (account, id) = JobNames.Of(context);
        try
        {
            await RunAsync(context, account, id, cancellationToken);
        }
        catch (Exception ex) when (EngineScheduling.HostStopping(context, lifetime))
        {
            await EngineScheduling.HandBackAsync(ex, cancellationToken);
        }
        catch (Exception ex) when (TransientFailure.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
        {
            var (attempt, delay) = await EngineScheduling.RetryLaterAsync(context, clock);
            logger.LogWarning("Execution {ExecutionId}: storage failed ({Reason}); trying again in {Delay} (attempt {Attempt}).",
                id, ex.Message, delay, attempt);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            // Interrupted outside a host stop (a client's cancel): the failure is that interruption, reported as one.
            throw new OperationCanceledException("The host stopped the execution.", ex, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Execution {ExecutionId} could not be run.", id);
            await GiveUpAsync(account, id, ex);
        }
    }

    private async Task RunAsync(IJobExecutionContext context, string account, string id, CancellationToken cancellationToken)
    {
        CanaryExecution? execution;
        try
        {
            execution = await repository.FindAsync(account, id, cancellationToken);
        }
        catch (DamagedDocumentException)
        {
            await DamagedDocuments.SettleAsync(repository, ObjectType.CanaryResultArchive, account, id, "execution",
                json => DamagedExecution.Terminal(id, account, json, clock.GetUtcNow().ToUnixTimeMilliseconds()), logger, cancellationToken);
            return;
        }
        if (execution is null)
        {
            logger.LogWarning("Execution {ExecutionId} is not in storage account {Account}.", id, account);
            return;
        }
        if (execution.Complete)
            return;
        if (await EngineScheduling.CancelRequestedAsync(context))
        {
            await runner.CancelAsync(execution);
            return;
        }
        if (context.Recovering && !await ResumeAsync(execution, cancellationToken))
            return;

        await runner.RunAsync(execution, cancellationToken);
        if (!cancellationToken.IsCancellationRequested)
            return;
        // A host stop hands the firing back at once, touching neither the store nor the engine's database.
        if (lifetime.ApplicationStopping.IsCancellationRequested)
            cancellationToken.ThrowIfCancellationRequested();
        // Stopped by a client's cancel, or so it seems: what counts is what was stored, since the last write may have been cut short.
        var stored = await repository.FindAsync(account, id, CancellationToken.None);
        if (stored is null || stored.Complete)
            return;
        if (await EngineScheduling.CancelRequestedAsync(context))
        {
            await runner.CancelAsync(stored);
            return;
        }
        // Stopped by a host shutdown: thrown, so that the engine hands the firing back for recovery.
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Counts a recovery in the document; false when it was interrupted too often and is now terminal.</summary>
    private async Task<bool> ResumeAsync(CanaryExecution execution, CancellationToken cancellationToken)
    {
        if (execution.Resumptions >= options.Value.MaxResumptions)
        {
            logger.LogWarning("Execution {ExecutionId} was interrupted too often; marking it terminal.", execution.PipelineId);
            await runner.AbandonAsync(
                execution,
                $"The execution was interrupted {execution.Resumptions + 1} times (host stops) and was given up.",
                cancellationToken);
            return false;
        }
        execution.Resumptions++;
        await repository.SaveAsync(execution, cancellationToken);
        logger.LogInformation("Resuming execution {ExecutionId} (resumption {Count}).", execution.PipelineId, execution.Resumptions);
        return true;
    }

    /// <summary>A permanent failure: recorded on the document, with the reason, when storage allows.</summary>
    private async Task GiveUpAsync(string account, string id, Exception failure)
    {
        try
        {
            var execution = await repository.FindAsync(account, id, CancellationToken.None);
            if (execution is { Complete: false })
                await runner.AbandonAsync(execution, $"The execution engine failed: {Reason(failure)}", CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Execution {ExecutionId} could not be marked terminal.", id);
        }
    }

    // A storage failure's message names the operation and the object, never credentials; other exceptions only by kind.
    private static string Reason(Exception failure) =>
        failure is ObjectStoreException ? failure.Message : $"{failure.GetType().Name}.";
}
