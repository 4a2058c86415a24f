using Judge.Stats.Results;

namespace Judge.Api.Report;

/// <summary>
/// One metric as the report shows it: its place in the failing-first order, its result, its series if stored, and its
/// configured unit (analysisConfigurations.canary.unit) if any.
/// </summary>
public sealed record MetricCard(int Index, CanaryAnalysisResult Result, MetricOutcome Outcome, ChartSeries? Series, string? Unit = null)
{
    public string Anchor => "metric-" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Neither side has a usable point: there is nothing to compare or chart.</summary>
    public bool NoData => Result.ControlMetadata.Stats.Count == 0 && Result.ExperimentMetadata.Stats.Count == 0;

    /// <summary>The charts are drawn only when some side has a point to draw.</summary>
    public bool HasCharts => Series is { } s && (s.Control.HasData || s.Experiment.HasData);
}

/// <summary>Both sides of a metric for the charts; a missing point (NaN) is null so the line shows a gap.</summary>
/// <param name="Unit">The metric's unit for the axes; null when none is configured.</param>
public sealed record ChartSeries(string Name, SideSeries Control, SideSeries Experiment, string? Unit = null);

/// <param name="Start">Unix milliseconds of the first value; value i sits at Start + i·Step.</param>
/// <param name="Ecdf">For a thinned side (see <see cref="ChartThinning"/>): its CDF as [value, share] points; else null.</param>
/// <param name="Count">For a thinned side: how many samples it really has.</param>
public sealed record SideSeries(long? Start, long? Step, IReadOnlyList<double?> Values, IReadOnlyList<double[]>? Ecdf = null, int? Count = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasData => Values.Any(v => v is not null);
}
