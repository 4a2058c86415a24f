using Judge.Stats.Results;

namespace Judge.Api.Report;

/// <summary>
/// What ExactACAJudge-v2 says its data could see (resultMetadata.evidence): the detectable change as ±x % and a
/// visible "LOW EVIDENCE" flag when it exceeds the metric's tolerance (its allowed change, or 10 %). Results of the
/// other judges carry no evidence and show none.
/// </summary>
public static class MetricEvidenceView
{
    public const string LowEvidenceLabel = "LOW EVIDENCE";

    public static bool AnyEvidence(IEnumerable<MetricCard> cards) => cards.Any(c => c.Result.ResultMetadata?.Evidence is not null);

    /// <summary>The detectable change: "±12.3 %", "none" where no change could be detected, "–" without evidence.</summary>
    public static string Detectable(CanaryAnalysisResult result) =>
        result.ResultMetadata?.Evidence is not { } evidence ? ReportNumbers.Absent
        : evidence.DetectableEffect is { } effect ? "±" + ReportNumbers.Percent(effect)
        : "none";

    /// <summary>The flag after a metric's name or among its flags, when its evidence is low.</summary>
    public static void Flag(HtmlBuilder html, CanaryAnalysisResult result)
    {
        if (result.ResultMetadata?.Evidence is not { LowEvidence: true } evidence)
            return;
        html.Raw(" <span class=\"flag flag-low-evidence\"")
            .Attribute("title", $"The data could only detect a change larger than {ReportNumbers.Percent(evidence.Tolerance)} "
                + "(the metric's tolerance): a Pass here is weak evidence.")
            .Raw(">").Text(LowEvidenceLabel).Raw("</span>");
    }

    /// <summary>A line of the metric's card: what the data could see, against the metric's tolerance.</summary>
    public static void Summary(HtmlBuilder html, CanaryAnalysisResult result)
    {
        if (result.ResultMetadata?.Evidence is not { } evidence)
            return;
        var detectable = evidence.DetectableEffect is { } effect
            ? $"the data would catch a change of ±{ReportNumbers.Percent(effect)} about 80 % of the time"
            : "the data could not detect any change";
        html.Raw("<br><span class=\"field-name\">Evidence:</span> <span class=\"evidence\">")
            .Text($"{detectable}; tolerance {ReportNumbers.Percent(evidence.Tolerance)}")
            .Text(evidence.LowEvidence ? " — low evidence: a change the metric does not allow could pass unseen." : " — enough evidence.")
            .Raw("</span>");
    }
}
