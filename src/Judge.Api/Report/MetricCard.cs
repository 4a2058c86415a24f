using Judge.Stats.Judging;

namespace Judge.Api.Report;

/// <summary>One metric as the report shows it: its place in the failing-first order, its result, and its series if stored.</summary>
public sealed record MetricCard(int Index, CanaryAnalysisResult Result, MetricOutcome Outcome, ChartSeries? Series)
{
    public string Anchor => "metric-" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Both sides of a metric for the charts; a missing point (NaN) is null so the line shows a gap.</summary>
public sealed record ChartSeries(string Name, SideSeries Control, SideSeries Experiment);

/// <param name="Start">Unix milliseconds of the first value; value i sits at Start + i·Step.</param>
/// <param name="Ecdf">For a thinned side (see <see cref="ChartThinning"/>): its CDF as [value, share] points; else null.</param>
/// <param name="Count">For a thinned side: how many samples it really has.</param>
public sealed record SideSeries(long? Start, long? Step, IReadOnlyList<double?> Values, IReadOnlyList<double[]>? Ecdf = null, int? Count = null);
