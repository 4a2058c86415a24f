using Judge.Api.Execution;
using Judge.Stats.Results;

namespace Judge.Api.Report;

/// <summary>The verdict in words and colour, the score against the thresholds, the reason, and every group's score.</summary>
public static class VerdictSection
{
    public static string Label(string? classification) => classification switch
    {
        "Pass" => "PASS",
        "Marginal" => "MARGINAL",
        "Fail" => "FAIL",
        null or "" => "UNKNOWN",
        _ => classification.ToUpperInvariant(),
    };

    public static void Write(HtmlBuilder html, CanaryExecutionStatusResponse execution, CanaryJudgeResult judgeResult)
    {
        var score = judgeResult.Score;
        var thresholds = Thresholds.Of(execution);
        var cssClass = "verdict-" + Label(score.Classification).ToLowerInvariant();

        html.Raw("<section id=\"verdict\" class=\"verdict ").Text(cssClass).Raw("\" aria-labelledby=\"verdict-heading\">\n")
            .Raw("<h2 id=\"verdict-heading\">Verdict</h2>\n")
            .Raw("<p class=\"verdict-label\">").Text(Label(score.Classification)).Raw("</p>\n")
            .Raw("<p class=\"verdict-score\">Score <strong>").Text(ReportNumbers.Format(score.Score)).Raw("</strong> of 100");
        if (thresholds.Pass is { } pass)
            html.Raw(" · pass at ").Text(ReportNumbers.Format(pass)).Raw(" or more");
        if (thresholds.Marginal is { } marginal)
            html.Raw(" · marginal at ").Text(ReportNumbers.Format(marginal)).Raw(" or more");
        html.Raw("</p>\n");
        ScoreMeter.Write(html, score.Score, thresholds, "verdict-meter", "Score");
        html.Raw("<p class=\"verdict-reason\"><span class=\"field-name\">Reason:</span> ").Text(Reason(score, thresholds)).Raw("</p>\n");
        html.Raw("<p class=\"verdict-counts\">").Text(Counts(judgeResult.Results)).Raw("</p>\n");
        WriteGroups(html, execution, judgeResult, thresholds);
        html.Raw("</section>\n");
    }

    /// <summary>The judge's reason, or what the score and thresholds say when the judge gave none.</summary>
    private static string Reason(CanaryJudgeScore score, Thresholds thresholds)
    {
        if (!string.IsNullOrWhiteSpace(score.ClassificationReason))
            return score.ClassificationReason;
        var value = ReportNumbers.Format(score.Score);
        return score.Classification switch
        {
            "Pass" when thresholds.Pass is { } p => $"The score {value} reached the pass threshold {ReportNumbers.Format(p)}.",
            "Marginal" when thresholds.Pass is { } p && thresholds.Marginal is { } m =>
                $"The score {value} is below the pass threshold {ReportNumbers.Format(p)} but reached the marginal threshold {ReportNumbers.Format(m)}.",
            "Fail" when thresholds.Marginal is { } m => $"The score {value} is below the marginal threshold {ReportNumbers.Format(m)}.",
            _ => "The judge gave no reason.",
        };
    }

    private static string Counts(IReadOnlyList<CanaryAnalysisResult> results)
    {
        var outcomes = results.Select(MetricOutcomes.Of).ToList();
        var failed = outcomes.Count(o => o is MetricOutcome.Fail or MetricOutcome.CriticalFail);
        var critical = outcomes.Count(o => o == MetricOutcome.CriticalFail);
        var parts = new List<string> { $"{failed} of {results.Count} metrics failed" + (critical > 0 ? $" ({critical} critical)" : "") };
        var muted = outcomes.Count(o => o == MetricOutcome.MutedFail);
        if (muted > 0) parts.Add($"{muted} failed but muted");
        var noData = outcomes.Count(o => o == MetricOutcome.NoData);
        if (noData > 0) parts.Add($"{noData} without data");
        var unknown = outcomes.Count(o => o == MetricOutcome.Unknown);
        if (unknown > 0) parts.Add($"{unknown} with an unknown classification");
        return string.Join(", ", parts) + ".";
    }

    private static void WriteGroups(HtmlBuilder html, CanaryExecutionStatusResponse execution, CanaryJudgeResult judgeResult, Thresholds thresholds)
    {
        if (judgeResult.GroupScores.Count == 0)
            return;
        var weights = execution.Config.Classifier?.GroupWeights;
        html.Raw("<h3>Group scores</h3>\n<table class=\"groups\">\n<thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Weight</th>")
            .Raw("<th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Against the thresholds</th></tr></thead>\n<tbody>\n");
        foreach (var group in judgeResult.GroupScores)
        {
            var weight = weights is not null && weights.TryGetValue(group.Name, out var w) ? ReportNumbers.Format(w) : ReportNumbers.Absent;
            html.Raw("<tr><th scope=\"row\">").Text(group.Name).Raw("</th><td>").Text(weight)
                .Raw("</td><td class=\"num\">").Text(ReportNumbers.Format(group.Score)).Raw("</td><td>");
            ScoreMeter.Write(html, group.Score, thresholds, "group-meter", "Score of group " + group.Name);
            html.Raw("</td></tr>\n");
        }
        html.Raw("</tbody>\n</table>\n");
    }
}
