using System.Globalization;

namespace Judge.Api.StandaloneAnalyses;

/// <summary>
/// Kayenta's aggregation of a standalone analysis (GenerateCanaryAnalysisResultTask): the LAST judgement's score alone
/// decides, against the request's thresholds. Scores are written as Java prints a double ("85.0").
/// </summary>
public sealed record StandaloneAnalysisVerdict(bool DidPassThresholds, string Message)
{
    public const string NoJudgements = "There were no successful canary judgements to aggregate";

    public static StandaloneAnalysisVerdict Of(IReadOnlyList<double> scores, double? marginal, double? pass) =>
        scores.Count == 0 ? new StandaloneAnalysisVerdict(false, NoJudgements) : OfLastScore(scores[^1], marginal, pass);

    public static StandaloneAnalysisVerdict OfLastScore(double last, double? marginal, double? pass)
    {
        if (marginal is null && pass is null)
            return new StandaloneAnalysisVerdict(true, "No score thresholds were specified.");
        if (marginal is { } m && last <= m)
            return new StandaloneAnalysisVerdict(false, $"Final canary score {JavaDouble(last)} is not above the marginal score threshold.");
        if (pass is not { } p)
            return new StandaloneAnalysisVerdict(true, "No pass score threshold was specified.");
        return last < p
            ? new StandaloneAnalysisVerdict(false, $"Final canary score {JavaDouble(last)} is below the pass score threshold.")
            : new StandaloneAnalysisVerdict(true, $"Final canary score {JavaDouble(last)} met or exceeded the pass score threshold.");
    }

    /// <summary>Java's Double.toString for scores (10⁻³ ≤ |x| &lt; 10⁷ or 0): shortest round-trip digits, at least one decimal.</summary>
    internal static string JavaDouble(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
