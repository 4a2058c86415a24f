namespace Judge.Api.Report.Analysis;

/// <summary>The table of every finished judgement, each linking to its canary execution's own report.</summary>
public static class JudgementsTable
{
    public static void Write(HtmlBuilder html, IReadOnlyList<JudgementRow> rows)
    {
        html.Raw("<section id=\"judgements\" aria-labelledby=\"judgements-heading\">\n<h2 id=\"judgements-heading\">Judgements</h2>\n");
        if (rows.Count == 0)
        {
            html.Raw("<p>No judgement has finished yet.</p>\n</section>\n");
            return;
        }
        html.Raw("<div class=\"table-scroll\"><table class=\"judgements\">\n<thead><tr>")
            .Raw("<th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Window (UTC)</th><th scope=\"col\" class=\"num\">Score</th>")
            .Raw("<th scope=\"col\">Held to</th>")
            .Raw("<th scope=\"col\">Classification</th><th scope=\"col\">Status</th><th scope=\"col\">Warnings</th><th scope=\"col\">Report</th>")
            .Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
            WriteRow(html, row);
        html.Raw("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteRow(HtmlBuilder html, JudgementRow row)
    {
        var result = row.Result;
        var number = row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        html.Raw("<tr").Attribute("class", OutcomeClass(row.Classification))
            .Attribute("data-judgement", number).Attribute("data-execution-id", result.ExecutionId).Raw(">")
            .Raw("<th scope=\"row\" class=\"num\">").Text(number).Raw("</th>")
            .Raw("<td>").Text($"{ReportNumbers.Instant(result.JudgementStartTimeMillis)} – {ReportNumbers.Instant(result.JudgementEndTimeMillis)}").Raw("</td>")
            .Raw("<td class=\"num\">").Text(row.Score is { } score ? ReportNumbers.Format(score) : "no score").Raw("</td>")
            .Raw("<td class=\"boundary\">").Text(HeldTo(result.Boundary)).Raw("</td>")
            .Raw("<td><span class=\"badge\">").Text(VerdictSection.Label(row.Classification)).Raw("</span></td>")
            .Raw("<td>").Text(ReportStates.StatusLabel(result.ExecutionStatus)).Raw("</td>")
            .Raw("<td class=\"reason\">").Text(string.Join(" ", result.Warnings)).Raw("</td>")
            .Raw("<td><a class=\"judgement-report\"").Attribute("href", row.ReportHref).Raw(">Judgement #").Text(number).Raw(" report</a></td>")
            .Raw("</tr>\n");
    }

    /// <summary>The confidence every metric of the judgement was held to: its sequential boundary (look k of K), or
    /// Kayenta's 98 % at every judgement.</summary>
    internal static string HeldTo(Judge.Stats.Sequential.LookBoundary? boundary) =>
        boundary is null
            ? "98 %"
            : $"{Judge.Stats.Judging.ConfidenceText.Percent(boundary.ConfidenceLevel)}, look {boundary.Look}/{boundary.Looks}";

    /// <summary>The metric-table outcome styles: a marginal judgement reads as the amber "unknown" badge.</summary>
    private static string OutcomeClass(string? classification) => classification switch
    {
        "Pass" => "outcome-pass",
        "Fail" => "outcome-fail",
        "Marginal" => "outcome-unknown",
        _ => "outcome-nodata",
    };
}
