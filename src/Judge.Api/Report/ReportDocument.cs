using System.Globalization;

namespace Judge.Api.Report;

/// <summary>
/// The frame every report page shares: head, stylesheet, the &lt;body&gt; attributes report.js and the tests read, the
/// footer, the error box, the JSON data block and the two scripts (Chart.js, report.js) — all from Judge itself.
/// </summary>
public static class ReportDocument
{
    /// <summary>A page of something still running reloads itself this often.</summary>
    public const int RefreshSeconds = 15;

    /// <param name="state">data-state of the body ("succeeded", "running", …).</param>
    /// <param name="verdict">data-verdict of the body; empty when there is none.</param>
    /// <param name="chartsExpected">How many canvases report.js will draw.</param>
    public static void Begin(HtmlBuilder html, string title, string assets, bool refresh, string state, string verdict, int chartsExpected)
    {
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (refresh)
            html.Raw($"<meta http-equiv=\"refresh\" content=\"{RefreshSeconds}\">\n");
        html.Raw("<title>").Text(title).Raw("</title>\n")
            .Raw("<link rel=\"stylesheet\"").Attribute("href", assets + "/report.css").Raw(">\n")
            .Raw("</head>\n<body")
            .Attribute("data-state", state)
            .Attribute("data-verdict", verdict)
            .Attribute("data-charts-expected", chartsExpected.ToString(CultureInfo.InvariantCulture))
            .Attribute("data-charts-rendered", "0")
            .Raw(">\n");
    }

    /// <param name="chartDataJson">The charts' data, already safe inside a script element.</param>
    public static void End(HtmlBuilder html, string assets, string chartDataJson)
    {
        html.Raw("<footer><p>Served by Judge. Charts drawn with Chart.js (MIT licence, ")
            .Raw("<a").Attribute("href", assets + "/chart.js.LICENSE.md").Raw(">licence text</a>).</p></footer>\n")
            .Raw("<pre id=\"report-errors\" class=\"report-errors\" hidden></pre>\n")
            .Raw("<script type=\"application/json\" id=\"report-data\">").Raw(chartDataJson).Raw("</script>\n")
            .Raw("<script").Attribute("src", assets + "/chart.umd.js").Raw("></script>\n")
            .Raw("<script").Attribute("src", assets + "/report.js").Raw("></script>\n")
            .Raw("</body>\n</html>\n");
    }
}
