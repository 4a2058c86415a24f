using System.Text.Json.Nodes;
using Judge.Api.Accounts;
using Judge.Api.Execution;
using Judge.Api.Storage;
using Microsoft.Extensions.Options;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// Drives one analysis through its judgements, one step per firing of its engine job: starts each judgement when it is
/// due as a normal canary execution, records its score and stops early when the request's limits say so (Kayenta: the
/// first score at or below marginal). The document is stored after every change, so any replica can take the next step.
/// </summary>
public sealed class StandaloneAnalysisRunner(
    StandaloneAnalysisRepository repository,
    ExecutionRepository executions,
    CanaryExecutionStarter starter,
    ExecutionCancellation cancellation,
    Judge.Api.Engine.EngineScheduling engine,
    Judge.Api.Judging.JudgeNameResolver judges,
    IOptions<StandaloneAnalysisOptions> options,
    TimeProvider clock,
    Judge.Api.Accounts.AccountTypes accountTypes,
    ILogger<StandaloneAnalysisRunner> logger)
{
    public const string FewPointsWarning =
        "One of the metrics returned fewer than 50 data points, which can reduce confidence in the final canary score.";

    private const string CanceledMessage = "Canary execution was canceled.";

    /// <summary>
    /// Takes the analysis as far as it can go now: starts each judgement that is due, records each whose execution has
    /// completed, and ends the analysis when its limits say so. Every change is stored before it is acted on, so a step
    /// that is cut short is simply taken again.
    /// </summary>
    /// <returns>When the next step is due (a judgement's time, or the next look at a running execution); null once complete.</returns>
    public async Task<DateTimeOffset?> StepAsync(StandaloneAnalysis analysis, CancellationToken cancellationToken)
    {
        if (analysis.Complete)
            return null;
        if (analysis.Status == ExecutionStatus.NotStarted)
        {
            analysis.Status = ExecutionStatus.Running;
            analysis.StartTimeMillis ??= Now();
            SequentialLooks.Assign(analysis, judges);
            await SaveAsync(analysis);
        }
        while (analysis.Next is { } judgement)
        {
            if (judgement.ExecutionId is null)
            {
                if (judgement.DueAtMillis > Now())
                    return DateTimeOffset.FromUnixTimeMilliseconds(judgement.DueAtMillis);
                judgement.ExecutionId = ObjectId.New();
                judgement.Status = ExecutionStatus.Running;
                await SaveAsync(analysis);
            }
            var (finished, execution) = await JudgementAsync(analysis, judgement, cancellationToken);
            if (!finished)
                return clock.GetUtcNow() + TimeSpan.FromSeconds(options.Value.PollIntervalSeconds);
            Record(analysis, judgement, execution);
            if (StopReason(analysis) is { } reason)
            {
                // A failed execution's own exception says more than the summary.
                analysis.Exception = judgement.Exception?.DeepClone().AsObject()
                    ?? OrcaException(reason, FailingMetrics.Describe(judgement));
                await FinishAsync(analysis, ExecutionStatus.Terminal);
                return null;
            }
            if (EarlyPass.Holds(analysis, judgement))
            {
                logger.LogInformation("Canary analysis {AnalysisId}: {Message}", analysis.PipelineId, EarlyPass.Message(judgement));
                await FinishAsync(analysis, ExecutionStatus.Succeeded, EarlyPass.Message(judgement));
                return null;
            }
            await SaveAsync(analysis);
        }
        await FinishAsync(analysis, ExecutionStatus.Succeeded);
        return null;
    }

    /// <summary>Ends an analysis as canceled: the judgement in flight and its execution are canceled, the rest never run.</summary>
    public async Task CancelAsync(StandaloneAnalysis analysis)
    {
        if (analysis.Complete)
            return;
        if (analysis.Next is { ExecutionId: { } executionId } inFlight)
        {
            inFlight.Status = ExecutionStatus.Canceled;
            inFlight.Exception = OrcaException(CanceledMessage);
            await cancellation.CancelAsync(analysis.StorageAccountName, executionId, CancellationToken.None);
        }
        await FinishAsync(analysis, ExecutionStatus.Canceled);
        logger.LogInformation("Canary analysis {AnalysisId} canceled.", analysis.PipelineId);
    }

    /// <summary>Ends an analysis that cannot go on (a permanent failure of the engine) as terminal, with the reason.</summary>
    public async Task AbandonAsync(StandaloneAnalysis analysis, string reason)
    {
        if (analysis.Complete)
            return;
        analysis.Exception = OrcaException(reason);
        await FinishAsync(analysis, ExecutionStatus.Terminal);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    // Saves are not cancellable: a half-recorded change is worse than a late stop.
    private Task SaveAsync(StandaloneAnalysis analysis) => repository.SaveAsync(analysis, CancellationToken.None);

    /// <summary>
    /// Starts the judgement's canary execution unless it exists, and says whether it has finished (with the execution,
    /// or null when it could not start). An incomplete one is made sure to have its job, whoever started it.
    /// </summary>
    private async Task<(bool Finished, CanaryExecution? Execution)> JudgementAsync(
        StandaloneAnalysis analysis, AnalysisJudgement judgement, CancellationToken cancellationToken)
    {
        CanaryExecution? execution;
        try
        {
            execution = await executions.FindAsync(analysis.StorageAccountName, judgement.ExecutionId!, cancellationToken);
        }
        catch (ObjectStoreException ex)
        {
            // A failed read is no news about the execution: ask again at the next step.
            logger.LogWarning(ex, "Canary analysis {AnalysisId} could not read judgement #{Number}'s execution {ExecutionId}; retrying.",
                analysis.PipelineId, judgement.Number, judgement.ExecutionId);
            return (false, null);
        }
        if (execution is null)
        {
            try
            {
                await starter.StartAsync(new ExecutionStart(
                    analysis.Application,
                    analysis.ParentPipelineExecutionId,
                    analysis.CanaryConfigId,
                    analysis.Config,
                    JudgementWindows.RequestFor(analysis, judgement),
                    analysis.StorageAccountName,
                    analysis.MetricsAccountName.Length > 0 ? analysis.MetricsAccountName : null,
                    analysis.ConfigurationAccountName,
                    judgement.ExecutionId,
                    judgement.Boundary?.ConfidenceLevel,
                    judgement.EarlyPassBoundary?.ConfidenceLevel) { Admitted = true }, cancellationToken);
            }
            catch (AccountResolutionException ex)
            {
                judgement.Exception = OrcaException($"Run Canary #{judgement.Number} could not start its canary execution: {ex.Message}");
                return (true, null);
            }
            logger.LogInformation("Canary analysis {AnalysisId} started judgement #{Number} as execution {ExecutionId}.",
                analysis.PipelineId, judgement.Number, judgement.ExecutionId);
            return (false, null);
        }
        if (execution.Complete)
            return (true, execution);
        await engine.ScheduleExecutionAsync(execution.StorageAccountName, execution.PipelineId, cancellationToken);
        return (false, null);
    }

    private void Record(StandaloneAnalysis analysis, AnalysisJudgement judgement, CanaryExecution? execution)
    {
        if (execution is null)
        {
            judgement.Status = ExecutionStatus.Terminal;
            return;
        }
        judgement.CanaryExecutionStatus = execution.Status;
        judgement.MetricSetPairListId = execution.MetricSetPairListId;
        judgement.BuildTimeMillis = execution.BuildTimeMillis;
        judgement.StartTimeMillis = execution.StartTimeMillis;
        judgement.EndTimeMillis = execution.EndTimeMillis;
        judgement.ConfigurationAccountName = execution.ConfigurationAccountName;
        judgement.ToleranceCheck = execution.ToleranceCheck;
        if (execution.Status == ExecutionStatus.Succeeded && execution.Result is { } result)
        {
            var score = result.JudgeResult.Score.Score;
            judgement.Result = result;
            judgement.Score = score;
            judgement.Warnings = Warnings(analysis, result);
            judgement.Status = score <= analysis.Request.MarginalScore() ? ExecutionStatus.Terminal : ExecutionStatus.Succeeded;
            return;
        }
        judgement.Status = execution.Status == ExecutionStatus.Canceled ? ExecutionStatus.Canceled : ExecutionStatus.Terminal;
        judgement.Exception = execution.Exception?.DeepClone().AsObject()
            ?? (execution.Status == ExecutionStatus.Canceled ? OrcaException(CanceledMessage) : null);
    }

    /// <summary>Kayenta's warning when a control series had fewer than 50 points (not for sources whose points differ, like Datadog's).</summary>
    private List<string> Warnings(StandaloneAnalysis analysis, CanaryExecutionResult result)
    {
        var exempt = (analysis.Config.Metrics ?? [])
            .Where(m => accountTypes.MetricSources.Any(s => !s.WarnsAboutFewPoints && string.Equals(m.Query?.Type, s.Type, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        var few = result.JudgeResult.Results.Any(r => !exempt.Contains(r.Name) && r.ControlMetadata.Stats.Count < 50);
        return few ? [FewPointsWarning] : [];
    }

    /// <summary>Why the analysis must stop after its latest judgement; null to go on.</summary>
    private static string? StopReason(StandaloneAnalysis analysis)
    {
        var finished = StandaloneAnalysisStatusMapper.Finished(analysis).ToList();
        var latest = finished[^1];
        if (latest.Score is null)
            return latest.Exception is null
                ? $"Run Canary #{latest.Number} failed: its canary execution ended {latest.CanaryExecutionStatus ?? ExecutionStatus.Terminal}."
                : $"Run Canary #{latest.Number} failed: its canary execution ended {latest.CanaryExecutionStatus ?? ExecutionStatus.Terminal}; see its exception.";

        var marginal = analysis.Request.MarginalScore();
        var pass = analysis.Request.PassScore();
        var failureLimit = analysis.Request.EffectiveFailureLimit;
        var failures = finished.Count(j => j.Score <= marginal);
        if (latest.Score <= marginal && failures >= failureLimit)
            return failureLimit == 1
                ? $"Canary score is not above the marginal score threshold (Run Canary #{latest.Number} scored {StandaloneAnalysisVerdict.JavaDouble(latest.Score.Value)})."
                : $"{failures} judgements scored at or below the marginal score threshold, reaching failureLimit {failureLimit}.";

        var inconclusive = finished.Count(j => j.Score > marginal && j.Score < pass);
        if (analysis.Request.InconclusiveLimit is { } limit && inconclusive > limit)
            return $"{inconclusive} judgements scored between the marginal and pass score thresholds, more than inconclusiveLimit {limit}.";
        return null;
    }

    private async Task FinishAsync(StandaloneAnalysis analysis, string status, string? note = null)
    {
        var thresholds = analysis.Request.Thresholds;
        analysis.Status = status;
        analysis.Complete = true;
        analysis.EndTimeMillis = Now();
        var verdict = StandaloneAnalysisVerdict.Of(StandaloneAnalysisStatusMapper.Scores(analysis), thresholds?.Marginal, thresholds?.Pass);
        analysis.Verdict = note is null ? verdict : verdict with { Message = $"{note} {verdict.Message}" };
        await SaveAsync(analysis);
    }

    private static JsonObject OrcaException(string message, string? detail = null) =>
        new() { ["details"] = new JsonObject { ["errors"] = detail is null ? new JsonArray(message) : new JsonArray(message, detail) } };
}
