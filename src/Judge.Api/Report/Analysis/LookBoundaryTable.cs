using Judge.Stats.Judging;

namespace Judge.Api.Report.Analysis;

/// <summary>
/// Beside the score chart of a sequential analysis: what each finished look was held to on the fail side and, with
/// earlyPass, on the pass side, and whether every metric's interval there lay within its allowed change — why a look
/// did or did not stop the analysis.
/// </summary>
public static class LookBoundaryTable
{
    public static bool Applies(IReadOnlyList<JudgementRow> rows) => rows.Any(r => r.Result.Boundary is not null);

    public static void Write(HtmlBuilder html, IReadOnlyList<JudgementRow> rows)
    {
        html.Raw("<div class=\"table-scroll\"><table class=\"boundaries\">\n<caption>What each look was held to</caption>\n<thead><tr>")
            .Raw("<th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Fails at</th><th scope=\"col\">Passes early at</th>")
            .Raw("<th scope=\"col\">Within tolerance there</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            var result = row.Result;
            html.Raw("<tr").Attribute("data-look", row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw(">")
                .Raw("<th scope=\"row\" class=\"num\">").Text(row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</th>")
                .Raw("<td>").Text(JudgementsTable.HeldTo(result.Boundary)).Raw("</td>")
                .Raw("<td>").Text(result.EarlyPassBoundary is { } pass ? ConfidenceText.Percent(pass.ConfidenceLevel) : "–").Raw("</td>")
                .Raw("<td>").Text(WithinTolerance(result.ToleranceCheck)).Raw("</td>")
                .Raw("</tr>\n");
        }
        html.Raw("</tbody>\n</table></div>\n");
    }

    private static string WithinTolerance(Execution.ToleranceCheck? check) => check switch
    {
        null => "–",
        { AllWithinTolerance: true } => "every metric",
        _ => "not " + string.Join(", ", check.Metrics.Where(m => !m.WithinTolerance).Select(m => m.Name)),
    };
}
