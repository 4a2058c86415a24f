using System.Globalization;

namespace Judge.Api.Report;

/// <summary>A native meter of a 0–100 score: the browser colours it by the thresholds, and its number is in the text next to it.</summary>
public static class ScoreMeter
{
    public static void Write(HtmlBuilder html, double score, Thresholds thresholds, string cssClass, string label)
    {
        var value = double.IsFinite(score) ? Math.Clamp(score, 0, 100) : 0;
        html.Raw("<meter").Attribute("class", cssClass).Attribute("aria-label", label)
            .Attribute("min", "0").Attribute("max", "100")
            .Attribute("low", Number(thresholds.Marginal ?? 0)).Attribute("high", Number(thresholds.Pass ?? 100))
            .Attribute("optimum", "100").Attribute("value", Number(value))
            .Raw(">").Text(ReportNumbers.Format(score)).Raw("</meter>\n");
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
