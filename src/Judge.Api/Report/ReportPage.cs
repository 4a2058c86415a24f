using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>
/// Renders one execution's report as a complete HTML document. The numbers are written into the markup on the server;
/// the series for the charts travel in a JSON block that report.js hands to Chart.js as charts scroll into view.
/// </summary>
public static class ReportPage
{
    /// <summary>A running execution's page reloads itself this often.</summary>
    public const int RefreshSeconds = 15;

    public static string Render(ReportInput input)
    {
        var execution = input.Execution;
        var state = ReportStates.Of(execution);
        var judgeResult = state == ReportState.Succeeded ? execution.Result?.JudgeResult : null;
        var cards = judgeResult is null ? [] : MetricCards.Build(judgeResult, input.MetricSetPairs);

        var html = new HtmlBuilder();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (state == ReportState.Running)
            html.Raw($"<meta http-equiv=\"refresh\" content=\"{RefreshSeconds}\">\n");
        html.Raw("<title>").Text(Title(execution, state)).Raw("</title>\n")
            .Raw("<link rel=\"stylesheet\"").Attribute("href", input.Links.Assets + "/report.css").Raw(">\n")
            .Raw("</head>\n<body")
            .Attribute("data-state", state.ToString().ToLowerInvariant())
            .Attribute("data-verdict", judgeResult?.Score.Classification ?? "")
            .Attribute("data-charts-expected", (cards.Count(c => c.Series is not null) * MetricCards.ChartsPerMetric).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attribute("data-charts-rendered", "0")
            .Raw(">\n");

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
        ExecutionDetails.Write(html, execution);
        html.Raw("</main>\n");

        html.Raw("<footer><p>Served by Judge. Charts drawn with Chart.js (MIT licence, ")
            .Raw("<a").Attribute("href", input.Links.Assets + "/chart.js.LICENSE.md").Raw(">licence text</a>).</p></footer>\n")
            .Raw("<pre id=\"report-errors\" class=\"report-errors\" hidden></pre>\n")
            .Raw("<script type=\"application/json\" id=\"report-data\">").Raw(MetricCards.ChartDataJson(cards)).Raw("</script>\n")
            .Raw("<script").Attribute("src", input.Links.Assets + "/chart.umd.js").Raw("></script>\n")
            .Raw("<script").Attribute("src", input.Links.Assets + "/report.js").Raw("></script>\n")
            .Raw("</body>\n</html>\n");
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
