using Judge.Stats.Configuration;
using Judge.Stats.Exact;
using Judge.Stats.LocationShift;

namespace Judge.Stats.Judging;

/// <summary>The Kayenta-era judges' statistical step: the location-shift test on the values as independent points.</summary>
internal sealed class RankShiftComparison(ILocationShiftTest test, DegenerateDataHandling degenerate) : IMetricComparison
{
    public MetricComparison Compare(SortedSeries control, SortedSeries experiment, MetricAnalysisConfig config, double confidenceLevel,
        double tolerance)
    {
        var (c, e) = degenerate == DegenerateDataHandling.SeededNoise && DegenerateDataNoise.IsDegenerate(control.Values, experiment.Values)
            ? Jittered(control.Values, experiment.Values)
            : (control, experiment);
        try
        {
            // Exact mode takes the sides already sorted; Kayenta's test ranks the values itself.
            var shift = test is ExactMannWhitney exact
                ? exact.AnalyzeSorted(e.Sorted, c.Sorted, confidenceLevel, 1.0).ToLocationShiftResult()
                : test.Compare(e.Values, c.Values, confidenceLevel);
            return new MetricComparison(shift, c, e);
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException)
        {
            return new MetricComparison(null, c, e, Failed: true);
        }
    }

    private static (SortedSeries Control, SortedSeries Experiment) Jittered(double[] control, double[] experiment)
    {
        var (c, e) = DegenerateDataNoise.Apply(control, experiment);
        return (SortedSeries.Of(c), SortedSeries.Of(e));
    }
}
