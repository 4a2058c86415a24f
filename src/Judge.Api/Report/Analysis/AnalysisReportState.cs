using Judge.Api.Execution;
using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Report.Analysis;

/// <summary>What the page of a lifetime analysis leads with.</summary>
public enum AnalysisReportState
{
    Running,
    Passed,
    Failed,
    Canceled,
}

public static class AnalysisReportStates
{
    /// <summary>
    /// A complete analysis passed only when its verdict says so (Kayenta's didPassThresholds); a canceled one has no
    /// verdict worth leading with, whatever the scores so far say.
    /// </summary>
    public static AnalysisReportState Of(StandaloneAnalysisStatusResponse analysis) =>
        !analysis.Complete ? AnalysisReportState.Running
        : analysis.Status == ExecutionStatus.Canceled ? AnalysisReportState.Canceled
        : analysis.CanaryAnalysisExecutionResult is { DidPassThresholds: true } ? AnalysisReportState.Passed
        : AnalysisReportState.Failed;

    public static string Label(AnalysisReportState state, StandaloneAnalysisStatusResponse analysis) => state switch
    {
        AnalysisReportState.Passed => "PASS",
        AnalysisReportState.Failed => "FAIL",
        AnalysisReportState.Canceled => "CANCELED",
        _ => ReportStates.StatusLabel(analysis.Status),
    };

    /// <summary>The verdict styles of the canary page: pass and fail colours, blue while running, red when canceled.</summary>
    public static string CssClass(AnalysisReportState state) => state switch
    {
        AnalysisReportState.Passed => "verdict-pass",
        AnalysisReportState.Failed => "verdict-fail",
        AnalysisReportState.Canceled => "verdict-failed",
        _ => "verdict-running",
    };
}
