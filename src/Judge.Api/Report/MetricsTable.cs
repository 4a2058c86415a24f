using Judge.Stats.Results;

namespace Judge.Api.Report;

/// <summary>
/// The table of every metric, failing ones first, with the numbers the judge decided on. Each cell names its column in
/// data-label, so a narrow screen can show every row as a stack of labelled lines instead of a too-wide table.
/// </summary>
public static class MetricsTable
{
    public const string NoData = "no data";

    public static void Write(HtmlBuilder html, IReadOnlyList<MetricCard> cards)
    {
        html.Raw("<section id=\"metrics\" aria-labelledby=\"metrics-heading\">\n<h2 id=\"metrics-heading\">Metrics</h2>\n");
        if (cards.Count == 0)
        {
            html.Raw("<p>The judge returned no metric results.</p>\n</section>\n");
            return;
        }
        var evidence = MetricEvidenceView.AnyEvidence(cards);
        html.Raw("<div class=\"table-scroll\"><table class=\"metrics\">\n<thead><tr>")
            .Raw("<th scope=\"col\">Metric</th><th scope=\"col\">Result</th><th scope=\"col\">Flags</th>")
            .Raw("<th scope=\"col\" class=\"num\">Mean<br>baseline → canary</th>")
            .Raw("<th scope=\"col\" class=\"num\">Median<br>baseline → canary</th>")
            .Raw("<th scope=\"col\" class=\"num\">Mean ratio<br>canary / baseline</th>")
            .Raw("<th scope=\"col\" class=\"num\">Shift canary − baseline<br>estimate [CI]</th>")
            .Raw("<th scope=\"col\" class=\"num\">p-value</th>");
        if (evidence)
            html.Raw("<th scope=\"col\" class=\"num\">Detectable change</th>");
        html.Raw("<th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
        foreach (var card in cards)
            WriteRow(html, card, evidence);
        html.Raw("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteRow(HtmlBuilder html, MetricCard card, bool evidence)
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
            .Raw("<td data-label=\"Result\"><span class=\"badge\">").Text(MetricOutcomes.Label(result)).Raw("</span></td>")
            .Raw("<td data-label=\"Flags\">").Text(Flags(result));
        MetricEvidenceView.Flag(html, result);
        html.Raw("</td>");
        var control = result.ControlMetadata.Stats;
        var experiment = result.ExperimentMetadata.Stats;
        Number(html, "Mean", $"{Side(control, control.Mean, card.Unit)} → {Side(experiment, experiment.Mean, card.Unit)}");
        Number(html, "Median", $"{Side(control, control.Median, card.Unit)} → {Side(experiment, experiment.Median, card.Unit)}");
        Number(html, "Mean ratio", Compared(result) ? ReportNumbers.Ratio(meta?.Ratio) : card.NoData ? NoData : ReportNumbers.Absent);
        Number(html, "Shift [CI]", Shift(meta, card.Unit));
        Number(html, "p-value", ReportNumbers.Format(meta?.PValue));
        if (evidence)
            Number(html, "Detectable change", MetricEvidenceView.Detectable(result));
        html.Raw("<td class=\"reason\" data-label=\"Reason\">").Text(result.ClassificationReason).Raw("</td></tr>\n");
    }

    /// <summary>The judge compared the two sides: a Nodata result's ratio of 1 is a placeholder, not a measurement.</summary>
    private static bool Compared(CanaryAnalysisResult result) => result.Classification is not ("Nodata" or "NodataFailMetric");

    private static string Side(DescriptiveStats stats, double value, string? unit) =>
        stats.Count == 0 ? NoData : ReportNumbers.Format(value, unit);

    private static string Shift(ResultMetadata? meta, string? unit)
    {
        var text = ReportNumbers.Interval(meta?.Estimate, meta?.CiLower, meta?.CiUpper);
        // A count metric's shift is a log rate ratio: it has no unit.
        return unit is null || meta?.Estimate is null || meta.Regime == "rate-ratio" ? text : $"{text} {unit}";
    }

    private static string Flags(CanaryAnalysisResult result)
    {
        var flags = new List<string>();
        if (result.Critical) flags.Add("CRITICAL");
        if (result.Muted) flags.Add("MUTED");
        return string.Join(" ", flags);
    }

    private static void Number(HtmlBuilder html, string label, string text) =>
        html.Raw("<td class=\"num\"").Attribute("data-label", label).Raw(">").Text(text).Raw("</td>");
}
