using Judge.Api.Judging;
using Judge.Api.Model;
using Judge.Stats.Results;

namespace Judge.Api.Report;

/// <summary>Pairs each result with its stored series, and writes the per-metric chart cards and the charts' data.</summary>
public static class MetricCards
{
    /// <summary>A series-over-time chart and a distribution (ECDF) chart.</summary>
    public const int ChartsPerMetric = 2;

    /// <param name="metrics">The config's metrics, for each metric's unit (matched by name).</param>
    public static IReadOnlyList<MetricCard> Build(CanaryJudgeResult judgeResult, IReadOnlyList<MetricSetPair>? pairs,
        IReadOnlyList<CanaryMetricConfig>? metrics = null)
    {
        var units = (metrics ?? []).Where(m => m.Name is not null).GroupBy(m => m.Name!)
            .ToDictionary(g => g.Key, g => MetricUnit.Of(g.First().AnalysisConfigurations));
        var byId = (pairs ?? []).Where(p => p.Id is not null).GroupBy(p => p.Id!).ToDictionary(g => g.Key, g => g.First());
        var byName = (pairs ?? []).Where(p => p.Name is not null).GroupBy(p => p.Name!)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        return MetricOutcomes.FailingFirst(judgeResult.Results)
            .Select((result, index) =>
            {
                var pair = byId.GetValueOrDefault(result.Id) ?? byName.GetValueOrDefault(result.Name);
                var unit = units.GetValueOrDefault(result.Name);
                return new MetricCard(index, result, MetricOutcomes.Of(result), pair is null ? null : Series(result.Name, pair, unit), unit);
            })
            .ToList();
    }

    private static ChartSeries? Series(string name, MetricSetPair pair, string? unit) =>
        pair.Values is null
            ? null
            : new ChartSeries(name, Side(pair.Values.Control, pair.Scopes?.Control), Side(pair.Values.Experiment, pair.Scopes?.Experiment), unit);

    private static SideSeries Side(IReadOnlyList<double>? values, MetricSetScope? scope) =>
        ChartThinning.Side(values ?? [], scope?.StartTimeMillis, scope?.StepMillis);

    /// <summary>The charts' data, one entry per card (null when the card has no series), safe inside a script element.</summary>
    public static string ChartDataJson(IReadOnlyList<MetricCard> cards) =>
        ChartJson.Serialize(new { metrics = cards.Select(c => c.HasCharts ? c.Series : null).ToList() });

    public static void Write(HtmlBuilder html, IReadOnlyList<MetricCard> cards)
    {
        if (cards.Count == 0)
            return;
        html.Raw("<section id=\"charts\" aria-labelledby=\"charts-heading\">\n<h2 id=\"charts-heading\">Metrics in detail</h2>\n")
            .Raw("<p class=\"hint\">Baseline is the dashed blue line, canary the solid orange one. ")
            .Raw("In a distribution chart (ECDF) a canary curve to the right of the baseline's means the canary's values are higher.</p>\n");
        foreach (var card in cards)
            WriteCard(html, card);
        html.Raw("</section>\n");
    }

    private static void WriteCard(HtmlBuilder html, MetricCard card)
    {
        var result = card.Result;
        html.Raw("<article class=\"metric-card ").Text(MetricOutcomes.CssClass(card.Outcome)).Raw("\"")
            .Attribute("id", card.Anchor).Attribute("data-metric-name", result.Name).Raw(">\n<h3>")
            .Raw("<span class=\"badge\">").Text(MetricOutcomes.Label(result)).Raw("</span> ").Text(result.Name);
        MetricEvidenceView.Flag(html, result);
        html.Raw("</h3>\n<p class=\"metric-summary\">");
        Side(html, "Baseline", result.ControlMetadata.Stats, card.Unit);
        html.Raw("<br>");
        Side(html, "Canary", result.ExperimentMetadata.Stats, card.Unit);
        if (card.Unit is { } unit)
            html.Raw("<br><span class=\"field-name\">Unit:</span> <span class=\"unit\">").Text(unit).Raw("</span>");
        MetricEvidenceView.Summary(html, result);
        if (!string.IsNullOrWhiteSpace(result.ClassificationReason))
            html.Raw("<br><span class=\"field-name\">Reason:</span> ").Text(result.ClassificationReason);
        html.Raw("</p>\n");

        if (card.Series is null)
        {
            html.Raw("<p class=\"no-series\">No stored series for this metric.</p>\n</article>\n");
            return;
        }
        if (!card.HasCharts)
        {
            html.Raw("<p class=\"no-data\">No data: neither the baseline nor the canary has a single usable point, ")
                .Raw("so there is nothing to compare or chart.</p>\n</article>\n");
            return;
        }
        foreach (var (side, series) in new[] { ("baseline", card.Series.Control), ("canary", card.Series.Experiment) })
            if (!series.HasData)
                html.Raw("<p class=\"no-data\">No data for the ").Text(side).Raw(": its line is missing from the charts.</p>\n");
        html.Raw("<div class=\"chart-pair\">\n");
        var thinned = card.Series.Control.Count is not null || card.Series.Experiment.Count is not null;
        Chart(html, card, "series", thinned ? "Over time (long series: the min and max of each stretch)" : "Over time",
            $"{result.Name}: baseline and canary values over time");
        Chart(html, card, "ecdf", "Distribution (ECDF)", $"{result.Name}: cumulative distribution of baseline and canary values");
        html.Raw("</div>\n</article>\n");
    }

    private static void Side(HtmlBuilder html, string side, DescriptiveStats stats, string? unit)
    {
        html.Raw("<span class=\"field-name\">").Text(side).Raw(":</span> ");
        if (stats.Count == 0)
        {
            html.Text("no data (0 usable points)");
            return;
        }
        html.Text($"n = {stats.Count}, mean {ReportNumbers.Format(stats.Mean, unit)}, median {ReportNumbers.Format(stats.Median, unit)}, " +
                  $"std {ReportNumbers.Format(stats.Std, unit)}, min {ReportNumbers.Format(stats.Min, unit)}, max {ReportNumbers.Format(stats.Max, unit)}");
    }

    private static void Chart(HtmlBuilder html, MetricCard card, string kind, string caption, string label) =>
        html.Raw("<figure class=\"chart\"><div class=\"chart-box\"><canvas")
            .Attribute("data-chart", kind).Attribute("data-metric", card.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attribute("role", "img").Attribute("aria-label", label)
            .Raw("></canvas></div><figcaption>").Text(caption).Raw("</figcaption></figure>\n");
}
