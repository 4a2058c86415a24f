using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Report.Analysis;

/// <summary>Everything a lifetime analysis's page shows: the analysis as GET /standalone_canary_analysis/{id} answers it, and what comes next.</summary>
/// <param name="Next">The judgement the analysis waits for or runs now; null once it is complete.</param>
public sealed record AnalysisReportInput(StandaloneAnalysisStatusResponse Analysis, NextJudgement? Next, AnalysisReportLinks Links);

/// <param name="ExecutionId">Set once its canary execution has started.</param>
public sealed record NextJudgement(int Number, long DueAtMillis, string? ExecutionId);

/// <summary>URLs the page links to, carrying the request's path base.</summary>
/// <param name="PathBase">The request's path base ("" at the root).</param>
public sealed record AnalysisReportLinks(string AnalysisJson, string Assets, string PathBase)
{
    public string CanaryReport(string executionId, string? storageAccountName) =>
        $"{PathBase}/canary/{Uri.EscapeDataString(executionId)}/report" +
        (string.IsNullOrEmpty(storageAccountName) ? "" : "?storageAccountName=" + Uri.EscapeDataString(storageAccountName));
}
