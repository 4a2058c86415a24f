using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Execution;
using Judge.Api.Json;
using Judge.Api.StandaloneAnalyses;
using Judge.Api.Model;
using Judge.Api.Report.Analysis;
using Judge.Api.Tests.StandaloneAnalyses;

namespace Judge.Api.Tests.Report;

/// <summary>Hand-built analysis documents, mapped to the status response exactly as GET /standalone_canary_analysis/{id} maps them.</summary>
internal static class AnalysisReportFixtures
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly AnalysisReportLinks Links = new("/standalone_canary_analysis/a?storageAccountName=store", "/report/assets", "");

    /// <summary>An analysis of <paramref name="planned"/> 10-minute judgements, of which the given ones finished.</summary>
    public static StandaloneAnalysis Analysis(int planned, params (double? Score, string? Classification)[] finished)
    {
        var judgements = Enumerable.Range(1, planned).Select(n => new AnalysisJudgement
        {
            Number = n,
            DueAtMillis = T0.AddMinutes(10 * n).ToUnixTimeMilliseconds(),
            WindowStartMillis = T0.ToUnixTimeMilliseconds(),
            WindowEndMillis = T0.AddMinutes(10 * n).ToUnixTimeMilliseconds(),
        }).ToList();
        for (var i = 0; i < finished.Length; i++)
        {
            var (score, classification) = finished[i];
            var judgement = judgements[i];
            judgement.ExecutionId = $"exec-{i + 1:D2}";
            judgement.Status = ExecutionStatus.Succeeded;
            judgement.CanaryExecutionStatus = score is null ? ExecutionStatus.Terminal : ExecutionStatus.Succeeded;
            judgement.Score = score;
            judgement.Result = score is null ? null : Result(score.Value, classification!);
            judgement.Warnings = ["Fewer than 50 data points."];
        }
        return new StandaloneAnalysis
        {
            PipelineId = "analysis-1",
            Application = "checkout",
            User = "ci@example.com",
            CanaryConfigId = "config-1",
            Config = AnalysisClient.Config().Deserialize<CanaryConfig>(KayentaJson.Options)!,
            Request = AnalysisClient.Request(lifetime: 10 * planned, interval: 10).Deserialize<StandaloneAnalysisRequest>(KayentaJson.Options)!,
            StorageAccountName = "store",
            MetricsAccountName = "prom",
            Status = ExecutionStatus.Running,
            BuildTimeMillis = T0.ToUnixTimeMilliseconds(),
            StartTimeMillis = T0.ToUnixTimeMilliseconds(),
            WarmupEndsAtMillis = T0.ToUnixTimeMilliseconds(),
            Judgements = judgements,
        };
    }

    /// <summary>Ends the analysis as the runner does: a status, and the verdict of its last score.</summary>
    public static StandaloneAnalysis Finish(StandaloneAnalysis analysis, string status, string? stopReason = null)
    {
        analysis.Status = status;
        analysis.Complete = true;
        analysis.EndTimeMillis = T0.AddHours(1).ToUnixTimeMilliseconds();
        analysis.Verdict = StandaloneAnalysisVerdict.Of(StandaloneAnalysisStatusMapper.Scores(analysis), analysis.Request.Thresholds?.Marginal, analysis.Request.Thresholds?.Pass);
        if (stopReason is not null)
            analysis.Exception = new JsonObject { ["details"] = new JsonObject { ["errors"] = new JsonArray(stopReason) } };
        return analysis;
    }

    public static string Render(StandaloneAnalysis analysis)
    {
        var next = analysis.Complete || analysis.Next is not { } n ? null : new NextJudgement(n.Number, n.DueAtMillis, n.ExecutionId);
        var status = StandaloneAnalysisStatusMapper.From(analysis, T0.AddMinutes(5).ToUnixTimeMilliseconds());
        return AnalysisReportPage.Render(new AnalysisReportInput(status, next, Links));
    }

    /// <summary>The canary fixture's judge result with the given score and classification.</summary>
    private static CanaryExecutionResult Result(double score, string classification)
    {
        var json = ReportFixtures.ExecutionJson()["result"]!.DeepClone().AsObject();
        json["judgeResult"]!["score"]!["score"] = score;
        json["judgeResult"]!["score"]!["classification"] = classification;
        return json.Deserialize<CanaryExecutionResult>(KayentaJson.Options)!;
    }
}
