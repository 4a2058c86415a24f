using Judge.Api.Json;
using Judge.Api.Judging;
using Judge.Api.Problems;
using Judge.Api.Storage;
using Judge.Api.Telemetry;
using Judge.MetricSources;
using Judge.Stats.Judging;
using Judge.Stats.Scoring;
using Microsoft.Extensions.Options;

namespace Judge.Api.Execution;

/// <summary>
/// Runs one execution's stages, persisting the document before and after each stage so that any replica can report
/// it and a restarted host can resume it: stages already succeeded (with their stored outputs) are not redone.
/// </summary>
public sealed class CanaryExecutionRunner(
    ExecutionRepository repository,
    ExecutionMetricSources sources,
    JudgeNameResolver judges,
    JudgeInputBuilder judgeInputs,
    ServiceTelemetry telemetry,
    IOptions<ExecutionOptions> options,
    TimeProvider clock,
    ILogger<CanaryExecutionRunner> logger)
{
    // Fields rather than captured parameters: the nested Run reads them.
    private readonly ExecutionRepository repository = repository;
    private readonly ExecutionMetricSources sources = sources;
    private readonly JudgeNameResolver judges = judges;
    private readonly JudgeInputBuilder judgeInputs = judgeInputs;
    private readonly ServiceTelemetry telemetry = telemetry;
    private readonly IOptions<ExecutionOptions> options = options;
    private readonly TimeProvider clock = clock;
    private readonly ILogger<CanaryExecutionRunner> logger = logger;

    /// <summary>
    /// Runs the execution to completion. <paramref name="cancellationToken"/> (a host stop, a gate's deadline) stops it
    /// where it is and leaves the document resumable; <paramref name="canceledByClient"/> (PUT …/cancel) stops it and
    /// ends it as canceled.
    /// </summary>
    public async Task RunAsync(CanaryExecution execution, CancellationToken cancellationToken, CancellationToken canceledByClient = default)
    {
        if (execution.Complete)
            return;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, canceledByClient);
        var run = new Run(execution, this);
        try
        {
            await run.ExecuteAsync(either.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Execution {ExecutionId} interrupted; it resumes from its last stored stage.", execution.PipelineId);
        }
        catch (OperationCanceledException) when (canceledByClient.IsCancellationRequested)
        {
            await CancelAsync(execution);
        }
    }

    /// <summary>Ends an execution nobody else writes as canceled: the stage in flight says so, later stages never run.</summary>
    public async Task CancelAsync(CanaryExecution execution)
    {
        if (execution.Complete)
            return;
        var stage = execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.Running)
            ?? execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.NotStarted)
            ?? execution.Stages[^1];
        stage.Status = ExecutionStatus.Canceled;
        stage.EndTimeMillis = Now();
        stage.Exception = StageException.Describe("ExecutionCanceled", ["The execution was canceled by a client (PUT …/cancel)."]);
        Finish(execution, ExecutionStatus.Canceled);
        // Not cancellable: a half-recorded cancel is worse than a late one.
        await repository.SaveAsync(execution, CancellationToken.None);
        logger.LogInformation("Execution {ExecutionId} canceled.", execution.PipelineId);
    }

    /// <summary>Marks an execution that cannot go on as terminal, with the reason as its exception.</summary>
    public async Task AbandonAsync(CanaryExecution execution, string reason, CancellationToken cancellationToken)
    {
        var stage = execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.Running)
            ?? execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.NotStarted)
            ?? execution.Stages[^1];
        stage.Status = ExecutionStatus.Terminal;
        stage.EndTimeMillis = Now();
        stage.Exception = StageException.Describe("ExecutionAbandoned", [reason]);
        Finish(execution, ExecutionStatus.Terminal);
        await repository.SaveAsync(execution, cancellationToken);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private void Finish(CanaryExecution execution, string status)
    {
        foreach (var stage in execution.Stages.Where(s => s.Status == ExecutionStatus.Running))
            stage.Status = ExecutionStatus.Canceled;
        execution.Status = status;
        execution.Complete = true;
        execution.EndTimeMillis = Now();
        telemetry.ExecutionFinished(status);
    }

    /// <summary>One pass over an execution; the gate serializes document changes and writes (fetches run in parallel).</summary>
    private sealed class Run(CanaryExecution execution, CanaryExecutionRunner runner)
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private ICanaryJudge? judge;

        public async Task ExecuteAsync(CancellationToken cancellationToken)
        {
            await Update(e =>
            {
                e.Status = ExecutionStatus.Running;
                e.StartTimeMillis ??= runner.Now();
            }, cancellationToken);

            if (!await Stage(StageNames.SetupContext, SetupAsync, cancellationToken))
                return;
            if (!await FetchAllAsync(cancellationToken))
                return;
            if (!await Stage(StageNames.MixMetrics, MixAsync, cancellationToken))
                return;
            if (!await Stage(StageNames.Judge, JudgeAsync, cancellationToken))
                return;

            await Update(e => runner.Finish(e, ExecutionStatus.Succeeded), cancellationToken);
        }

        /// <summary>Runs a stage unless it already succeeded; false when it failed (the execution is then terminal).</summary>
        private async Task<bool> Stage(string refId, Func<ExecutionStage, CancellationToken, Task> work, CancellationToken cancellationToken)
        {
            var stage = execution.Stage(refId);
            if (stage.Status == ExecutionStatus.Succeeded)
                return true;
            await Update(e =>
            {
                // A sibling fetch failed and ended the execution after this stage was scheduled.
                if (e.Complete)
                    throw new OperationCanceledException("The execution has already ended.");
                Begin(stage);
            }, cancellationToken);
            try
            {
                await work(stage, cancellationToken);
            }
            // A transient storage failure fails no stage: the engine runs the execution again once storage is back.
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !TransientFailure.IsTransient(ex))
            {
                await Update(e =>
                {
                    Fail(stage, ex);
                    // A fetch that ignored the cancellation after a sibling's failure must not end the execution twice.
                    if (!e.Complete)
                        runner.Finish(e, ExecutionStatus.Terminal);
                }, cancellationToken);
                return false;
            }
            await Update(_ => Succeed(stage), cancellationToken);
            return true;
        }

        private Task SetupAsync(ExecutionStage stage, CancellationToken cancellationToken)
        {
            // Fail before any fetch when some metric has no account to serve its provider type.
            foreach (var metric in execution.Config.Metrics ?? [])
            {
                var type = metric.Query?.Type ?? throw new StageFailedException($"Metric '{metric.Name}' has no query.");
                runner.sources.For(execution.MetricsAccountName, type);
            }
            judge = ResolveJudge();
            return Task.CompletedTask;
        }

        // A look of a sequential analysis holds a judge that can be held to it to the look's confidence.
        private ICanaryJudge ResolveJudge()
        {
            var resolved = runner.judges.Resolve(execution.Config.Judge?.Name);
            return execution.ConfidenceLevel is { } level && resolved is ISequentialJudge sequential
                ? sequential.AtConfidence(level)
                : resolved;
        }

        private async Task<bool> FetchAllAsync(CancellationToken cancellationToken)
        {
            var pending = FetchPlan.For(execution.Config, execution.CanaryExecutionRequest)
                .Where(plan => execution.Stage(plan.StageRefId) is not { Status: ExecutionStatus.Succeeded, MetricSetListId: not null })
                .ToList();
            if (pending.Count == 0)
                return true;

            // One failed fetch fails the execution, so the others are stopped rather than left to finish.
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = runner.options.Value.MaxParallelFetches,
                CancellationToken = failed.Token,
            };
            try
            {
                await Parallel.ForEachAsync(pending, parallel, async (plan, token) =>
                {
                    if (!await Stage(plan.StageRefId, (stage, t) => FetchAsync(plan, stage, t), token))
                        await failed.CancelAsync();
                });
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A sibling failed; its stage already holds the reason.
            }
            return execution.Status != ExecutionStatus.Terminal;
        }

        private async Task FetchAsync(FetchPlan plan, ExecutionStage stage, CancellationToken cancellationToken)
        {
            var (account, source) = runner.sources.For(execution.MetricsAccountName, plan.Query.Config.Type);
            var side = plan.Side.ToString().ToLowerInvariant();
            IReadOnlyList<MetricSet> sets;
            var started = runner.clock.GetTimestamp();
            var outcome = "failure";
            var timeout = runner.options.Value.FetchTimeout;
            using var timer = new CancellationTokenSource(timeout, runner.clock);
            using var fetchCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            try
            {
                sets = await source.FetchAsync(plan.Query, fetchCancellation.Token);
                outcome = "success";
            }
            catch (OperationCanceledException ex) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new StageFailedException(
                    $"Fetching the {side} series of metric '{plan.Query.MetricName}' from account '{account.Name}' timed out after {timeout} (Judge:Execution:FetchTimeout).", ex);
            }
            catch (MetricFetchException ex)
            {
                throw new StageFailedException($"Fetching the {side} series: {ex.Message}", ex);
            }
            catch (MetricQueryException ex)
            {
                throw new StageFailedException($"Fetching the {side} series from account '{account.Name}': {ex.Message}", ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Unknown provider failures can carry URLs or payloads: only their kind is reported.
                throw new StageFailedException(
                    $"Fetching the {side} series of metric '{plan.Query.MetricName}' from account '{account.Name}' failed: {ex.GetType().Name}.", ex);
            }
            finally
            {
                runner.telemetry.MetricFetched(source.Type, runner.clock.GetElapsedTime(started), outcome);
            }

            var listId = ObjectId.New();
            await Store.WriteAsync(ObjectType.MetricSetList, listId, StoredJson.Serialize(sets), null, cancellationToken);
            stage.MetricSetListId = listId;
        }

        private IObjectStore Store => runner.repository.Store(execution.StorageAccountName);

        private async Task MixAsync(ExecutionStage stage, CancellationToken cancellationToken)
        {
            var metrics = execution.Config.Metrics ?? [];
            var request = execution.CanaryExecutionRequest;
            var pairs = new List<Model.MetricSetPair>();
            for (var i = 0; i < metrics.Count; i++)
            {
                var control = await LoadSetsAsync(StageNames.Fetch(MetricSide.Control, i), cancellationToken);
                var experiment = await LoadSetsAsync(StageNames.Fetch(MetricSide.Experiment, i), cancellationToken);
                try
                {
                    pairs.AddRange(MetricSetMixer.Mix(
                        metrics[i].Name ?? "",
                        control,
                        TimeGrid.ExpectedBy(FetchPlan.Scope(request, metrics[i].ScopeName, MetricSide.Control)),
                        experiment,
                        TimeGrid.ExpectedBy(FetchPlan.Scope(request, metrics[i].ScopeName, MetricSide.Experiment))));
                }
                catch (MetricMixException ex)
                {
                    throw new StageFailedException(ex.Message, ex);
                }
            }

            var pairListId = ObjectId.New();
            await Store.WriteAsync(ObjectType.MetricSetPairList, pairListId, StoredJson.Serialize(pairs), null, cancellationToken);
            execution.MetricSetPairListId = pairListId;
        }

        private async Task<IReadOnlyList<MetricSet>> LoadSetsAsync(string fetchRefId, CancellationToken cancellationToken)
        {
            var listId = execution.Stage(fetchRefId).MetricSetListId
                ?? throw new StageFailedException($"Stage {fetchRefId} has no stored metric set list.");
            var json = await Store.ReadAsync(ObjectType.MetricSetList, listId, cancellationToken)
                ?? throw new StageFailedException($"The metric set list {listId} of stage {fetchRefId} is missing from storage account '{execution.StorageAccountName}'.");
            return StoredJson.Deserialize<List<MetricSet>>(json, $"metric set list '{listId}'");
        }

        private async Task JudgeAsync(ExecutionStage stage, CancellationToken cancellationToken)
        {
            var pairListId = execution.MetricSetPairListId
                ?? throw new StageFailedException("The mixMetrics stage stored no metric set pair list.");
            var json = await Store.ReadAsync(ObjectType.MetricSetPairList, pairListId, cancellationToken)
                ?? throw new StageFailedException($"The metric set pair list {pairListId} is missing from storage account '{execution.StorageAccountName}'.");
            var pairs = StoredJson.Deserialize<List<Model.MetricSetPair>>(json, $"metric set pair list '{pairListId}'");

            var thresholds = execution.CanaryExecutionRequest.Thresholds;
            var input = runner.judgeInputs.Build(
                execution.Config, pairs, new ScoreThresholds(thresholds?.Pass ?? 0, thresholds?.Marginal ?? 0), "metricSetPairs");
            judge ??= ResolveJudge();
            var result = judge.Judge(input);
            if (execution.EarlyPassConfidenceLevel is { } passLevel && runner.judges.Resolve(execution.Config.Judge?.Name) is ISequentialJudge sequential)
                execution.ToleranceCheck = ToleranceCheck.Of(sequential.AtConfidence(passLevel).Judge(input), passLevel);
            runner.telemetry.Judged(result.JudgeName, result.Score.Classification);
            execution.Result = new CanaryExecutionResult(result, CanaryDuration.Of(execution.CanaryExecutionRequest));
        }

        private void Begin(ExecutionStage stage)
        {
            stage.Status = ExecutionStatus.Running;
            stage.StartTimeMillis = runner.Now();
            stage.EndTimeMillis = null;
            stage.Exception = null;
        }

        private void Succeed(ExecutionStage stage)
        {
            stage.Status = ExecutionStatus.Succeeded;
            stage.EndTimeMillis = runner.Now();
        }

        private void Fail(ExecutionStage stage, Exception ex)
        {
            stage.Status = ExecutionStatus.Terminal;
            stage.EndTimeMillis = runner.Now();
            stage.Exception = ex switch
            {
                StageFailedException => StageException.Describe((ex.InnerException ?? ex).GetType().Name, [ex.Message]),
                // Client-facing problems (an unknown account or judge, a pair that cannot be judged) name their fields.
                ProblemException problem => StageException.Describe(
                    ex.GetType().Name,
                    problem.Errors is { Count: > 0 } errors
                        ? errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")).ToList()
                        : [problem.Message]),
                _ => StageException.Describe(ex.GetType().Name, [$"Stage {stage.RefId} failed: {ex.Message}"]),
            };
            runner.logger.LogWarning("Execution {ExecutionId} stage {Stage} failed: {Reason}", execution.PipelineId, stage.RefId, string.Join(" ", stage.Exception["details"]!["errors"]!.AsArray().Select(e => e!.GetValue<string>())));
        }

        /// <summary>Changes the document and stores the result, one change at a time.</summary>
        private async Task Update(Action<CanaryExecution> change, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                change(execution);
                await runner.repository.SaveAsync(execution, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
