using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Report.Analysis;

/// <summary>One finished judgement as the page shows it: its place, its canary execution, and the judge's score if it gave one.</summary>
public sealed record JudgementRow(int Number, JudgementExecutionResult Result, double? Score, string? Classification, string ReportHref)
{
    public static IReadOnlyList<JudgementRow> Of(StandaloneAnalysisStatusResponse analysis, AnalysisReportLinks links) =>
        (analysis.CanaryAnalysisExecutionResult?.CanaryExecutionResults ?? [])
            .Select((r, i) => new JudgementRow(
                i + 1,
                r,
                r.Result?.JudgeResult.Score.Score,
                r.Result?.JudgeResult.Score.Classification,
                links.CanaryReport(r.ExecutionId, r.StorageAccountName ?? analysis.StorageAccountName)))
            .ToList();
}
