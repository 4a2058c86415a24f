using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>
/// Renders one execution's report as a complete HTML document. The numbers are written into the markup on the server;
/// the series for the charts travel in a JSON block that report.js hands to Chart.js as charts scroll into view.
/// </summary>
public static class ReportPage
{
    public static string Render(ReportInput input)
    {
        var execution = input.Execution;
        var state = ReportStates.Of(execution);
        var judgeResult = state == ReportState.Succeeded ? execution.Result?.JudgeResult : null;
        var cards = judgeResult is null ? [] : MetricCards.Build(judgeResult, input.MetricSetPairs, execution.Config.Metrics);

        var html = new HtmlBuilder();
        ReportDocument.Begin(html, Title(execution, state), input.Links.Assets, refresh: state == ReportState.Running,
            state.ToString().ToLowerInvariant(), judgeResult?.Score.Classification ?? "",
            cards.Count(c => c.HasCharts) * MetricCards.ChartsPerMetric);

        Header.Write(html, execution, input.Links);
        html.Raw("<main>\n");
        if (judgeResult is not null)
        {
            VerdictSection.Write(html, execution, judgeResult);
            MetricsTable.Write(html, cards);
            MetricCards.Write(html, cards);
        }
        else
        {
            ExecutionStateSection.Write(html, execution, state);
        }
        ExecutionDetails.Write(html, execution, input.Json ?? ReportJson.BuiltIn);
        html.Raw("</main>\n");

        ReportDocument.End(html, input.Links.Assets, MetricCards.ChartDataJson(cards));
        return html.ToString();
    }

    private static string Title(CanaryExecutionStatusResponse execution, ReportState state)
    {
        var what = state == ReportState.Succeeded && execution.Result is { } result
            ? VerdictSection.Label(result.JudgeResult.Score.Classification)
            : ReportStates.Headline(execution, state);
        return $"{what} · {execution.Config.Name ?? execution.PipelineId} · Judge canary report";
    }
}
