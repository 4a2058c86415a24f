using Judge.Stats.Results;

namespace Judge.Api.Report;

/// <summary>What a metric's result means for the canary, in the order the report lists them (worst first).</summary>
public enum MetricOutcome
{
    /// <summary>A failing critical metric: it fails the whole canary on its own.</summary>
    CriticalFail,
    Fail,
    /// <summary>Unknown classification: shown right after the failures so nobody misses it.</summary>
    Unknown,
    /// <summary>Failing but muted: it does not count towards the score.</summary>
    MutedFail,
    NoData,
    Pass,
}

public static class MetricOutcomes
{
    public static MetricOutcome Of(CanaryAnalysisResult result)
    {
        var failing = result.Classification is "High" or "Low" or "NodataFailMetric" or "Error";
        if (failing)
            return result.Muted ? MetricOutcome.MutedFail : result.Critical ? MetricOutcome.CriticalFail : MetricOutcome.Fail;
        return result.Classification switch
        {
            "Pass" => MetricOutcome.Pass,
            "Nodata" => MetricOutcome.NoData,
            _ => MetricOutcome.Unknown,
        };
    }

    /// <summary>Failing metrics first (critical ones before the rest), passing ones last; ties keep the judge's order.</summary>
    public static IReadOnlyList<CanaryAnalysisResult> FailingFirst(IEnumerable<CanaryAnalysisResult> results) =>
        results.Select((result, index) => (result, index))
            .OrderBy(r => Of(r.result))
            .ThenBy(r => r.index)
            .Select(r => r.result)
            .ToList();

    /// <summary>Readable without colour: "FAIL: HIGH", "MUTED: LOW", "NO DATA", "PASS".</summary>
    public static string Label(CanaryAnalysisResult result)
    {
        var what = ClassificationLabel(result.Classification);
        return Of(result) switch
        {
            MetricOutcome.CriticalFail or MetricOutcome.Fail => "FAIL: " + what,
            MetricOutcome.MutedFail => "MUTED: " + what,
            _ => what,
        };
    }

    public static string ClassificationLabel(string? classification) => classification switch
    {
        "Pass" => "PASS",
        "High" => "HIGH",
        "Low" => "LOW",
        "Nodata" => "NO DATA",
        "NodataFailMetric" => "NO DATA",
        "Error" => "ERROR",
        null or "" => "UNKNOWN",
        _ => classification.ToUpperInvariant(),
    };

    /// <summary>The CSS class that colours a metric's outcome (colour only repeats what the label says).</summary>
    public static string CssClass(MetricOutcome outcome) => outcome switch
    {
        MetricOutcome.CriticalFail or MetricOutcome.Fail => "outcome-fail",
        MetricOutcome.Unknown => "outcome-unknown",
        MetricOutcome.MutedFail => "outcome-muted",
        MetricOutcome.NoData => "outcome-nodata",
        _ => "outcome-pass",
    };
}
