using Judge.Api.Execution;
using Judge.MetricSources;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>Builds the status response of an analysis document: Orca-like stage list, results so far, the verdict.</summary>
public static class StandaloneAnalysisStatusMapper
{
    public const string WaitStage = "wait";
    public const string RunCanaryStage = "runCanary";
    public const string ResultStage = "generateCanaryAnalysisResultStage";

    public static StandaloneAnalysisStatusResponse From(StandaloneAnalysis analysis, long nowMillis) => new()
    {
        Application = analysis.Application,
        User = analysis.User,
        ParentPipelineExecutionId = analysis.ParentPipelineExecutionId,
        PipelineId = analysis.PipelineId,
        StageStatus = Stages(analysis, nowMillis),
        Complete = analysis.Complete,
        ExecutionStatus = analysis.Status.ToUpperInvariant(),
        Status = analysis.Status,
        Exception = analysis.Exception?.DeepClone().AsObject() ?? FirstJudgementException(analysis),
        CanaryAnalysisExecutionResult = Result(analysis),
        CanaryAnalysisExecutionRequest = analysis.Request,
        CanaryConfig = analysis.Config,
        CanaryConfigId = analysis.CanaryConfigId,
        BuildTimeMillis = analysis.BuildTimeMillis,
        BuildTimeIso = IsoInstant.Format(analysis.BuildTimeMillis),
        StartTimeMillis = analysis.StartTimeMillis,
        StartTimeIso = Iso(analysis.StartTimeMillis),
        EndTimeMillis = analysis.EndTimeMillis,
        EndTimeIso = Iso(analysis.EndTimeMillis),
        StorageAccountName = analysis.StorageAccountName,
        MetricsAccountName = analysis.MetricsAccountName,
    };

    /// <summary>The judgements that ran and finished, in order.</summary>
    public static IEnumerable<AnalysisJudgement> Finished(StandaloneAnalysis analysis) =>
        analysis.Judgements.Where(j => j.ExecutionId is not null && ExecutionStatus.IsComplete(j.Status));

    /// <summary>Kayenta's canaryScores: one per finished judgement, 0 when it produced no score.</summary>
    public static IReadOnlyList<double> Scores(StandaloneAnalysis analysis) => Finished(analysis).Select(j => j.Score ?? 0).ToList();

    private static StandaloneAnalysisResult? Result(StandaloneAnalysis analysis)
    {
        var finished = Finished(analysis).ToList();
        if (finished.Count == 0 && !analysis.Complete)
            return null;
        var verdict = analysis.Verdict ?? new StandaloneAnalysisVerdict(false,
            $"The analysis is running: {finished.Count} of {analysis.Judgements.Count} judgements done; the verdict comes when it is complete.");
        return new StandaloneAnalysisResult
        {
            DidPassThresholds = analysis.Complete && verdict.DidPassThresholds,
            HasWarnings = finished.Any(j => j.Warnings.Count > 0),
            CanaryScoreMessage = verdict.Message,
            CanaryScores = Scores(analysis),
            CanaryExecutionResults = finished.Select(j => JudgementResult(analysis, j)).ToList(),
        };
    }

    private static JudgementExecutionResult JudgementResult(StandaloneAnalysis analysis, AnalysisJudgement judgement)
    {
        var (start, end) = JudgementWindows.Control(judgement, analysis.Request.Scopes![0]!);
        return new JudgementExecutionResult
        {
            ExecutionId = judgement.ExecutionId!,
            ExecutionStatus = (judgement.CanaryExecutionStatus ?? judgement.Status).ToUpperInvariant(),
            Exception = judgement.Exception?.DeepClone().AsObject(),
            Result = judgement.Result,
            JudgementStartTimeIso = IsoInstant.Format(start.ToUnixTimeMilliseconds()),
            JudgementStartTimeMillis = start.ToUnixTimeMilliseconds(),
            JudgementEndTimeIso = IsoInstant.Format(end.ToUnixTimeMilliseconds()),
            JudgementEndTimeMillis = end.ToUnixTimeMilliseconds(),
            Warnings = judgement.Warnings,
            MetricSetPairListId = judgement.MetricSetPairListId,
            Boundary = judgement.Boundary,
            EarlyPassBoundary = judgement.EarlyPassBoundary,
            ToleranceCheck = judgement.ToleranceCheck,
            BuildTimeMillis = judgement.BuildTimeMillis,
            BuildTimeIso = Iso(judgement.BuildTimeMillis),
            StartTimeMillis = judgement.StartTimeMillis,
            StartTimeIso = Iso(judgement.StartTimeMillis),
            EndTimeMillis = judgement.EndTimeMillis,
            EndTimeIso = Iso(judgement.EndTimeMillis),
            StorageAccountName = analysis.StorageAccountName,
            ConfigurationAccountName = judgement.ConfigurationAccountName,
        };
    }

    private static IReadOnlyList<StageMetadata> Stages(StandaloneAnalysis analysis, long nowMillis)
    {
        var stages = new List<StageMetadata>();
        var running = analysis.Status == ExecutionStatus.Running;
        var anyStarted = analysis.Judgements.Any(j => j.ExecutionId is not null);
        var warmedUp = anyStarted || nowMillis >= analysis.WarmupEndsAtMillis;
        if (analysis.Request.BeginAfterMins > 0)
            stages.Add(new StageMetadata(WaitStage, "Warmup Wait", WaitStatus(analysis, warmedUp, running, isNext: true)));

        var next = analysis.Next;
        foreach (var judgement in analysis.Judgements)
        {
            var isNext = ReferenceEquals(judgement, next) && judgement.ExecutionId is null;
            if (!analysis.HasEndTime)
                stages.Add(new StageMetadata(WaitStage, $"Interval Wait #{judgement.Number}",
                    WaitStatus(analysis, judgement.ExecutionId is not null, running && warmedUp, isNext)));
            stages.Add(new StageMetadata(RunCanaryStage, $"Run Canary #{judgement.Number}", judgement.Status.ToUpperInvariant(), judgement.ExecutionId));
        }

        var resultStatus = analysis.Complete && analysis.Verdict is not null ? ExecutionStatus.Succeeded : ExecutionStatus.NotStarted;
        stages.Add(new StageMetadata(ResultStage, "Generate Canary Analysis Result", resultStatus.ToUpperInvariant()));
        return stages;
    }

    private static string WaitStatus(StandaloneAnalysis analysis, bool over, bool mayRun, bool isNext) =>
        (over ? ExecutionStatus.Succeeded
            : analysis.Status == ExecutionStatus.Canceled && isNext ? ExecutionStatus.Canceled
            : mayRun && isNext ? ExecutionStatus.Running
            : ExecutionStatus.NotStarted).ToUpperInvariant();

    private static System.Text.Json.Nodes.JsonObject? FirstJudgementException(StandaloneAnalysis analysis) =>
        analysis.Judgements.FirstOrDefault(j => j.Exception is not null)?.Exception?.DeepClone().AsObject();

    private static string? Iso(long? millis) => millis is { } m ? IsoInstant.Format(m) : null;
}
