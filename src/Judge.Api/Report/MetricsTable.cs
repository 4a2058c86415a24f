namespace Judge.Api.Report;

/// <summary>The table of every metric, failing ones first, with the numbers the judge decided on.</summary>
public static class MetricsTable
{
    public static void Write(HtmlBuilder html, IReadOnlyList<MetricCard> cards)
    {
        html.Raw("<section id=\"metrics\" aria-labelledby=\"metrics-heading\">\n<h2 id=\"metrics-heading\">Metrics</h2>\n");
        if (cards.Count == 0)
        {
            html.Raw("<p>The judge returned no metric results.</p>\n</section>\n");
            return;
        }
        html.Raw("<div class=\"table-scroll\"><table class=\"metrics\">\n<thead><tr>")
            .Raw("<th scope=\"col\">Metric</th><th scope=\"col\">Result</th><th scope=\"col\">Flags</th>")
            .Raw("<th scope=\"col\" class=\"num\">Mean<br>baseline → canary</th>")
            .Raw("<th scope=\"col\" class=\"num\">Median<br>baseline → canary</th>")
            .Raw("<th scope=\"col\" class=\"num\">Mean ratio<br>canary / baseline</th>")
            .Raw("<th scope=\"col\" class=\"num\">Shift canary − baseline<br>estimate [CI]</th>")
            .Raw("<th scope=\"col\" class=\"num\">p-value</th><th scope=\"col\">Reason</th>")
            .Raw("</tr></thead>\n<tbody>\n");
        foreach (var card in cards)
            WriteRow(html, card);
        html.Raw("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteRow(HtmlBuilder html, MetricCard card)
    {
        var result = card.Result;
        var meta = result.ResultMetadata;
        html.Raw("<tr class=\"").Text(MetricOutcomes.CssClass(card.Outcome)).Raw("\"")
            .Attribute("data-metric-name", result.Name).Attribute("data-classification", result.Classification).Raw(">")
            .Raw("<th scope=\"row\"><a").Attribute("href", "#" + card.Anchor).Raw(">").Text(result.Name).Raw("</a>");
        if (result.Groups.Count > 0)
            html.Raw("<span class=\"groups-of\">").Text(string.Join(", ", result.Groups)).Raw("</span>");
        if (result.Tags.Count > 0)
            html.Raw("<span class=\"tags-of\">").Text(string.Join(", ", result.Tags.Select(t => $"{t.Key}={t.Value}"))).Raw("</span>");
        html.Raw("</th>")
            .Raw("<td><span class=\"badge\">").Text(MetricOutcomes.Label(result)).Raw("</span></td>")
            .Raw("<td>").Text(Flags(result)).Raw("</td>");
        Number(html, $"{ReportNumbers.Format(result.ControlMetadata.Stats.Mean)} → {ReportNumbers.Format(result.ExperimentMetadata.Stats.Mean)}");
        Number(html, $"{ReportNumbers.Format(result.ControlMetadata.Stats.Median)} → {ReportNumbers.Format(result.ExperimentMetadata.Stats.Median)}");
        Number(html, ReportNumbers.Ratio(meta?.Ratio));
        Number(html, ReportNumbers.Interval(meta?.Estimate, meta?.CiLower, meta?.CiUpper));
        Number(html, ReportNumbers.Format(meta?.PValue));
        html.Raw("<td class=\"reason\">").Text(result.ClassificationReason).Raw("</td></tr>\n");
    }

    private static string Flags(Judge.Stats.Judging.CanaryAnalysisResult result)
    {
        var flags = new List<string>();
        if (result.Critical) flags.Add("CRITICAL");
        if (result.Muted) flags.Add("MUTED");
        return string.Join(" ", flags);
    }

    private static void Number(HtmlBuilder html, string text) => html.Raw("<td class=\"num\">").Text(text).Raw("</td>");
}
