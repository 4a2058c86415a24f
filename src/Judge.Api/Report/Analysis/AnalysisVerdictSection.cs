using System.Globalization;
using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Report.Analysis;

/// <summary>
/// The analysis's outcome in words and colour: the final verdict with the last score (which alone decides, as in
/// Kayenta) and the aggregation message; while running, what comes next; when canceled or stopped, why.
/// </summary>
public static class AnalysisVerdictSection
{
    public static void Write(HtmlBuilder html, AnalysisReportInput input, AnalysisReportState state, IReadOnlyList<JudgementRow> rows, Thresholds thresholds)
    {
        var analysis = input.Analysis;
        var heading = state is AnalysisReportState.Passed or AnalysisReportState.Failed ? "Verdict" : "Analysis state";
        html.Raw("<section id=\"verdict\" class=\"verdict ").Raw(AnalysisReportStates.CssClass(state)).Raw("\" aria-labelledby=\"verdict-heading\">\n")
            .Raw("<h2 id=\"verdict-heading\">").Text(heading).Raw("</h2>\n")
            .Raw("<p class=\"verdict-label\">").Text(AnalysisReportStates.Label(state, analysis)).Raw("</p>\n");

        WriteScore(html, state, rows, thresholds);
        var result = analysis.CanaryAnalysisExecutionResult;
        switch (state)
        {
            case AnalysisReportState.Running:
                WriteProgress(html, input, rows);
                break;
            case AnalysisReportState.Canceled:
                ErrorBlock.Write(html, analysis.Exception, "The analysis was canceled.", "Why it stopped");
                break;
            default:
                html.Raw("<p class=\"verdict-reason\"><span class=\"field-name\">Aggregation:</span> ")
                    .Text(result?.CanaryScoreMessage ?? StandaloneAnalysisVerdict.NoJudgements).Raw("</p>\n");
                if (analysis.Exception is not null)
                    ErrorBlock.Write(html, analysis.Exception, "", EndHeading(state, analysis, rows));
                break;
        }
        html.Raw("<p class=\"verdict-counts\">")
            .Text($"Status {ReportStates.StatusLabel(analysis.Status)} · {Counts(analysis, rows)}")
            .Raw("</p>\n</section>\n");
    }

    /// <summary>The last judgement's score: the one the verdict is (or will be) taken from.</summary>
    private static void WriteScore(HtmlBuilder html, AnalysisReportState state, IReadOnlyList<JudgementRow> rows, Thresholds thresholds)
    {
        html.Raw("<p class=\"verdict-score\">");
        if (rows.Count > 0)
        {
            var last = rows[^1];
            html.Raw(state == AnalysisReportState.Running ? "Latest score " : "Final score ")
                .Raw("<strong>").Text(last.Score is { } s ? ReportNumbers.Format(s) : "none").Raw("</strong> of 100 (judgement #")
                .Text(last.Number.ToString(CultureInfo.InvariantCulture)).Raw(")");
        }
        else
        {
            html.Raw("No score yet");
        }
        if (thresholds.Pass is { } pass)
            html.Raw(" · pass at ").Text(ReportNumbers.Format(pass)).Raw(" or more");
        if (thresholds.Marginal is { } marginal)
            html.Raw(" · fails at ").Text(ReportNumbers.Format(marginal)).Raw(" or less");
        html.Raw("</p>\n");
        if (rows.Count > 0 && rows[^1].Score is { } score)
            ScoreMeter.Write(html, score, thresholds, "verdict-meter", "Score of the last judgement");
    }

    private static void WriteProgress(HtmlBuilder html, AnalysisReportInput input, IReadOnlyList<JudgementRow> rows)
    {
        html.Raw("<p class=\"verdict-reason\">The analysis is running, so there is no verdict yet; ")
            .Text($"{rows.Count} of {Planned(input.Analysis)} judgements are done.");
        if (input.Next is { } next)
        {
            var number = next.Number.ToString(CultureInfo.InvariantCulture);
            if (next.ExecutionId is { } executionId)
                html.Raw(" Judgement #").Text(number).Raw(" is running now (<a")
                    .Attribute("href", input.Links.CanaryReport(executionId, input.Analysis.StorageAccountName)).Raw(">its report</a>).");
            else
                html.Raw(" <strong class=\"next-judgement\">Next judgement (#").Text(number).Raw(") at ")
                    .Text(ReportNumbers.Instant(next.DueAtMillis)).Raw("</strong>.");
        }
        html.Raw($" This page reloads every {ReportDocument.RefreshSeconds} s.</p>\n");
    }

    private static string Counts(StandaloneAnalysisStatusResponse analysis, IReadOnlyList<JudgementRow> rows)
    {
        var passed = rows.Count(r => r.Classification == "Pass");
        var marginal = rows.Count(r => r.Classification == "Marginal");
        var failed = rows.Count(r => r.Classification == "Fail");
        var noScore = rows.Count(r => r.Score is null);
        var text = $"{rows.Count} of {Planned(analysis)} planned judgements ran: {passed} passed, {marginal} marginal, {failed} failed";
        return text + (noScore > 0 ? $", {noScore} without a score." : ".");
    }

    /// <summary>
    /// "Why it stopped early" only when planned judgements were left unrun; once every one ran, why it failed — or, on a
    /// pass, the error a judgement reported.
    /// </summary>
    private static string EndHeading(AnalysisReportState state, StandaloneAnalysisStatusResponse analysis, IReadOnlyList<JudgementRow> rows) =>
        rows.Count < Planned(analysis) ? "Why it stopped early"
        : state == AnalysisReportState.Failed ? "Why it failed"
        : "What a judgement reported";

    private static int Planned(StandaloneAnalysisStatusResponse analysis) =>
        analysis.StageStatus.Count(s => s.Type == StandaloneAnalysisStatusMapper.RunCanaryStage);
}
