using System.Text.Json;
using Judge.Api.Json;
using Judge.Api.Storage;
using Judge.MetricSources;
using Judge.Stats.Judging;
using Microsoft.Extensions.Options;

namespace Judge.Api.Execution;

/// <summary>
/// Runs one execution's stages, persisting the document before and after each stage so that any replica can report
/// it and a restarted host can resume it: stages already succeeded (with their stored outputs) are not redone.
/// </summary>
public sealed class CanaryExecutionRunner(
    ExecutionRepository repository,
    IExecutionAccounts accounts,
    IJudgeSelection judges,
    ExecutionTelemetry telemetry,
    IOptions<ExecutionOptions> options,
    TimeProvider clock,
    ILogger<CanaryExecutionRunner> logger)
{
    // Fields rather than captured parameters: the nested Run reads them.
    private readonly ExecutionRepository repository = repository;
    private readonly IExecutionAccounts accounts = accounts;
    private readonly IJudgeSelection judges = judges;
    private readonly ExecutionTelemetry telemetry = telemetry;
    private readonly IOptions<ExecutionOptions> options = options;
    private readonly TimeProvider clock = clock;
    private readonly ILogger<CanaryExecutionRunner> logger = logger;

    /// <summary>Runs the execution to completion. Cancellation stops it where it is and leaves the document resumable.</summary>
    public async Task RunAsync(CanaryExecution execution, CancellationToken cancellationToken)
    {
        if (execution.Complete)
            return;
        var run = new Run(execution, this);
        try
        {
            await run.ExecuteAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Execution {ExecutionId} interrupted; it resumes from its last stored stage.", execution.PipelineId);
        }
    }

    /// <summary>Marks an execution that cannot go on as terminal, with the reason as its exception.</summary>
    public async Task AbandonAsync(CanaryExecution execution, string reason, CancellationToken cancellationToken)
    {
        var stage = execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.Running)
            ?? execution.Stages.FirstOrDefault(s => s.Status == ExecutionStatus.NotStarted)
            ?? execution.Stages[^1];
        stage.Status = ExecutionStatus.Terminal;
        stage.EndTimeMillis = Now();
        stage.Exception = StageException.Describe("ExecutionAbandoned", reason);
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
        telemetry.ExecutionCompleted(status);
    }

    /// <summary>One pass over an execution; the gate serializes document changes and writes (fetches run in parallel).</summary>
    private sealed class Run(CanaryExecution execution, CanaryExecutionRunner runner)
    {
        private readonly SemaphoreSlim gate = new(1, 1);

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
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                await Update(e =>
                {
                    Fail(stage, ex);
                    runner.Finish(e, ExecutionStatus.Terminal);
                }, cancellationToken);
                return false;
            }
            await Update(_ => Succeed(stage), cancellationToken);
            return true;
        }

        private Task SetupAsync(ExecutionStage stage, CancellationToken cancellationToken)
        {
            // Fail before any fetch when the metrics account cannot serve a metric's query type.
            var source = runner.accounts.MetricSource(execution.MetricsAccountName);
            foreach (var metric in execution.Config.Metrics ?? [])
            {
                if (metric.Query is { } query && !string.Equals(query.Type, source.Type, StringComparison.OrdinalIgnoreCase))
                    throw new StageFailedException(
                        $"Metric '{metric.Name}' has a {query.Type} query but metrics account '{execution.MetricsAccountName}' is {source.Type}.");
            }
            return Task.CompletedTask;
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
            var source = runner.accounts.MetricSource(execution.MetricsAccountName);
            var side = plan.Side.ToString().ToLowerInvariant();
            IReadOnlyList<MetricSet> sets;
            var started = runner.clock.GetTimestamp();
            try
            {
                sets = await source.FetchAsync(plan.Query, cancellationToken);
            }
            catch (MetricFetchException ex)
            {
                throw new StageFailedException($"Fetching the {side} series: {ex.Message}", ex);
            }
            catch (MetricQueryException ex)
            {
                throw new StageFailedException($"Fetching the {side} series from account '{execution.MetricsAccountName}': {ex.Message}", ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Unknown provider failures can carry URLs or payloads: only their kind is reported.
                throw new StageFailedException(
                    $"Fetching the {side} series of metric '{plan.Query.MetricName}' from account '{execution.MetricsAccountName}' failed: {ex.GetType().Name}.", ex);
            }
            finally
            {
                runner.telemetry.FetchCompleted(source.Type, runner.clock.GetElapsedTime(started));
            }

            var listId = ObjectId.New();
            await runner.accounts.ObjectStore(execution.StorageAccountName).WriteAsync(
                ObjectType.MetricSetList, listId, JsonSerializer.SerializeToUtf8Bytes(sets, JudgeJson.Options), null, cancellationToken);
            stage.MetricSetListId = listId;
        }

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
                        SeriesGrid.For(FetchPlan.Scope(request, metrics[i].ScopeName, MetricSide.Control)),
                        experiment,
                        SeriesGrid.For(FetchPlan.Scope(request, metrics[i].ScopeName, MetricSide.Experiment))));
                }
                catch (MetricMixException ex)
                {
                    throw new StageFailedException(ex.Message, ex);
                }
            }

            var pairListId = ObjectId.New();
            await runner.accounts.ObjectStore(execution.StorageAccountName).WriteAsync(
                ObjectType.MetricSetPairList, pairListId, JsonSerializer.SerializeToUtf8Bytes(pairs, JudgeJson.Options), null, cancellationToken);
            execution.MetricSetPairListId = pairListId;
        }

        private async Task<IReadOnlyList<MetricSet>> LoadSetsAsync(string fetchRefId, CancellationToken cancellationToken)
        {
            var listId = execution.Stage(fetchRefId).MetricSetListId
                ?? throw new StageFailedException($"Stage {fetchRefId} has no stored metric set list.");
            var json = await runner.accounts.ObjectStore(execution.StorageAccountName).ReadAsync(ObjectType.MetricSetList, listId, cancellationToken)
                ?? throw new StageFailedException($"The metric set list {listId} of stage {fetchRefId} is missing from storage account '{execution.StorageAccountName}'.");
            return JsonSerializer.Deserialize<List<MetricSet>>(json, JudgeJson.Options) ?? [];
        }

        private async Task JudgeAsync(ExecutionStage stage, CancellationToken cancellationToken)
        {
            var pairListId = execution.MetricSetPairListId
                ?? throw new StageFailedException("The mixMetrics stage stored no metric set pair list.");
            var json = await runner.accounts.ObjectStore(execution.StorageAccountName).ReadAsync(ObjectType.MetricSetPairList, pairListId, cancellationToken)
                ?? throw new StageFailedException($"The metric set pair list {pairListId} is missing from storage account '{execution.StorageAccountName}'.");
            var pairs = JsonSerializer.Deserialize<List<Model.MetricSetPair>>(json, JudgeJson.Options) ?? [];

            var config = execution.Config;
            var judgeName = config.Judge?.Name;
            ICanaryJudge judge;
            try
            {
                judge = runner.judges.Judge(judgeName);
            }
            catch (UnknownJudgeException ex)
            {
                throw new StageFailedException(ex.Message, ex);
            }

            var thresholds = execution.CanaryExecutionRequest.Thresholds;
            var input = new CanaryJudgeInput(
                pairs.Select(pair => PairInput(pair, config)).ToList(),
                config.Classifier?.GroupWeights ?? new Dictionary<string, double>(),
                new ScoreThresholds(thresholds?.Pass ?? 0, thresholds?.Marginal ?? 0));
            execution.Result = new CanaryExecutionResult(judge.Judge(input), CanaryDuration.Of(execution.CanaryExecutionRequest));
        }

        private MetricPairInput PairInput(Model.MetricSetPair pair, Model.CanaryConfig config)
        {
            var metric = config.Metrics?.FirstOrDefault(m => m.Name == pair.Name)
                ?? throw new StageFailedException($"The pair list names metric '{pair.Name}', which the config does not have.");
            return new MetricPairInput(
                pair.Id ?? "",
                pair.Name ?? "",
                metric.Groups ?? [],
                pair.Tags ?? new Dictionary<string, string>(),
                pair.Values?.Control ?? [],
                pair.Values?.Experiment ?? [],
                runner.judges.Analysis(metric));
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
            stage.Exception = ex is StageFailedException
                ? StageException.Describe((ex.InnerException ?? ex).GetType().Name, ex.Message)
                : StageException.Describe(ex.GetType().Name, $"Stage {stage.RefId} failed: {ex.Message}");
            runner.logger.LogWarning("Execution {ExecutionId} stage {Stage} failed: {Reason}", execution.PipelineId, stage.RefId, stage.Exception["details"]!["error"]!.GetValue<string>());
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
