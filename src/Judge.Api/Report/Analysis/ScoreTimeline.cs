namespace Judge.Api.Report.Analysis;

/// <summary>The chart of every judgement's score over time, drawn by report.js from the page's JSON block.</summary>
public static class ScoreTimeline
{
    /// <param name="X">The judgement window's end, Unix milliseconds.</param>
    /// <param name="Y">The score; null when the judgement produced none (a gap in the line).</param>
    private sealed record Point(long X, double? Y, int Number, string? Classification, string Href);

    private sealed record Timeline(IReadOnlyList<Point> Points, double? Pass, double? Marginal);

    public static bool HasChart(IReadOnlyList<JudgementRow> rows) => rows.Count > 0;

    /// <summary>{"scores": {"points": [{x, y, number, classification, href}], "pass", "marginal"}}.</summary>
    public static string ChartDataJson(IReadOnlyList<JudgementRow> rows, Thresholds thresholds) =>
        ChartJson.Serialize(new
        {
            scores = HasChart(rows)
                ? new Timeline(
                    rows.Select(r => new Point(r.Result.JudgementEndTimeMillis, r.Score, r.Number, r.Classification, r.ReportHref)).ToList(),
                    thresholds.Pass, thresholds.Marginal)
                : null,
        });

    public static void Write(HtmlBuilder html, IReadOnlyList<JudgementRow> rows, Thresholds thresholds)
    {
        html.Raw("<section id=\"scores\" aria-labelledby=\"scores-heading\">\n<h2 id=\"scores-heading\">Score over time</h2>\n");
        if (!HasChart(rows))
        {
            html.Raw("<p>No judgement has finished yet.</p>\n</section>\n");
            return;
        }
        html.Raw("<p class=\"hint\">One point per judgement, at the end of its window. ")
            .Text($"The green dashed line is the pass threshold ({ReportNumbers.Format(thresholds.Pass)}), " +
                  $"the amber dotted one the marginal threshold ({ReportNumbers.Format(thresholds.Marginal)}). ")
            .Raw("Click a point to open that judgement's report.</p>\n")
            .Raw(LookBoundaryTable.Applies(rows) ? "<div class=\"chart-pair\">\n" : "")
            .Raw("<figure class=\"chart\"><div class=\"chart-box chart-box-wide\"><canvas")
            .Attribute("data-chart", "scores").Attribute("role", "img")
            .Attribute("aria-label", $"Score of each of the {rows.Count} judgements over time, with the pass and marginal thresholds")
            .Raw("></canvas></div><figcaption>Score of each judgement (0–100) by the end of its window (UTC)</figcaption></figure>\n");
        if (LookBoundaryTable.Applies(rows))
        {
            LookBoundaryTable.Write(html, rows);
            html.Raw("</div>\n");
        }
        html.Raw("</section>\n");
    }
}
