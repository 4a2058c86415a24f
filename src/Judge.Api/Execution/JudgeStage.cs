using Judge.Api.Json;
using Judge.Api.Judging;
using Judge.Api.Storage;
using Judge.Api.Telemetry;
using Judge.Stats.Judging;
using Judge.Stats.Scoring;

namespace Judge.Api.Execution;

/// <summary>The judge stage: judges the stored metric set pairs and sets the execution's result.</summary>
public sealed class JudgeStage(ExecutionJudges judges, JudgeInputBuilder judgeInputs, ServiceTelemetry telemetry)
{
    public async Task RunAsync(ExecutionRun run, ExecutionStage stage, CancellationToken cancellationToken)
    {
        var execution = run.Execution;
        var pairListId = execution.MetricSetPairListId
            ?? throw new StageFailedException("The mixMetrics stage stored no metric set pair list.");
        var json = await run.Store.ReadAsync(ObjectType.MetricSetPairList, pairListId, cancellationToken)
            ?? throw new StageFailedException($"The metric set pair list {pairListId} is missing from storage account '{execution.StorageAccountName}'.");
        var pairs = StoredJson.Read(json, $"metric set pair list '{pairListId}'", bytes => MetricSetPairJson.ReadList(bytes, KayentaJson.Options));

        var thresholds = execution.CanaryExecutionRequest.Thresholds;
        var input = judgeInputs.Build(
            execution.Config, pairs, new ScoreThresholds(thresholds?.Pass ?? 0, thresholds?.Marginal ?? 0), "metricSetPairs");
        run.Judge ??= judges.For(execution);
        var result = run.Judge.Judge(input);
        if (judges.AtEarlyPass(execution) is { } earlyPass)
            execution.ToleranceCheck = ToleranceCheck.Of(earlyPass.Judge(input), execution.EarlyPassConfidenceLevel!.Value);
        telemetry.Judged(result.JudgeName, result.Score.Classification);
        execution.Result = new CanaryExecutionResult(result, CanaryDuration.Of(execution.CanaryExecutionRequest));
    }
}
