using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Report.Analysis;

/// <summary>
/// Renders a lifetime analysis as a complete HTML document: the verdict, every judgement's score over time, and a table
/// of the judgements, each linking to its canary report. Built from the canary report's pieces (frame, header, styles,
/// meter, error block); the chart is drawn by the same report.js.
/// </summary>
public static class AnalysisReportPage
{
    public static string Render(AnalysisReportInput input)
    {
        var analysis = input.Analysis;
        var state = AnalysisReportStates.Of(analysis);
        var rows = JudgementRow.Of(analysis, input.Links);
        var thresholds = new Thresholds(analysis.CanaryAnalysisExecutionRequest.Thresholds?.Pass, analysis.CanaryAnalysisExecutionRequest.Thresholds?.Marginal);
        var name = analysis.CanaryConfig.Name ?? analysis.CanaryConfigId ?? analysis.PipelineId;

        var html = new HtmlBuilder();
        ReportDocument.Begin(html, $"{AnalysisReportStates.Label(state, analysis)} · {name} · Judge canary analysis report", input.Links.Assets,
            refresh: state == AnalysisReportState.Running, state.ToString().ToLowerInvariant(),
            state switch { AnalysisReportState.Passed => "Pass", AnalysisReportState.Failed => "Fail", _ => "" },
            ScoreTimeline.HasChart(rows) ? 1 : 0);
        Header.Write(html, "Canary analysis report: " + name, Facts(analysis), [new Header.Link("Analysis JSON", input.Links.AnalysisJson)]);
        html.Raw("<main>\n");
        AnalysisVerdictSection.Write(html, input, state, rows, thresholds);
        ScoreTimeline.Write(html, rows, thresholds);
        JudgementsTable.Write(html, rows);
        html.Raw("</main>\n");
        ReportDocument.End(html, input.Links.Assets, ScoreTimeline.ChartDataJson(rows, thresholds));
        return html.ToString();
    }

    private static IEnumerable<Header.Fact> Facts(StandaloneAnalysisStatusResponse analysis)
    {
        var request = analysis.CanaryAnalysisExecutionRequest;
        yield return new Header.Fact("Analysis", analysis.PipelineId, Code: true);
        yield return new Header.Fact("Application", analysis.Application);
        yield return new Header.Fact("User", analysis.User);
        yield return new Header.Fact("Status", ReportStates.StatusLabel(analysis.Status));
        yield return new Header.Fact("Started", ReportNumbers.Instant(analysis.StartTimeMillis ?? analysis.BuildTimeMillis));
        if (analysis.EndTimeMillis is { } end)
            yield return new Header.Fact("Ended", ReportNumbers.Instant(end));
        var schedule = new List<string>();
        if (request.LifetimeDurationMins is { } lifetime) schedule.Add($"lifetime {ReportNumbers.Duration(TimeSpan.FromMinutes(lifetime))}");
        if (request.AnalysisIntervalMins is { } interval and > 0) schedule.Add($"a judgement every {ReportNumbers.Duration(TimeSpan.FromMinutes(interval))}");
        if (request.BeginAfterMins > 0) schedule.Add($"after a warm-up of {ReportNumbers.Duration(TimeSpan.FromMinutes(request.BeginAfterMins))}");
        if (request.LookbackMins > 0) schedule.Add($"each looking back {ReportNumbers.Duration(TimeSpan.FromMinutes(request.LookbackMins))}");
        if (schedule.Count > 0)
            yield return new Header.Fact("Schedule", string.Join(", ", schedule));
        if (analysis.CanaryConfigId is { } configId)
            yield return new Header.Fact("Config id", configId, Code: true);
        if (analysis.ParentPipelineExecutionId is { } parent)
            yield return new Header.Fact("Parent pipeline", parent, Code: true);
    }
}
