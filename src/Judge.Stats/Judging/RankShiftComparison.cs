using Judge.Stats.LocationShift;

namespace Judge.Stats.Judging;

/// <summary>The Kayenta-era judges' statistical step: the location-shift test on the values as independent points.</summary>
internal sealed class RankShiftComparison(ILocationShiftTest test, DegenerateDataHandling degenerate) : IMetricComparison
{
    public MetricComparison Compare(double[] control, double[] experiment, MetricAnalysisConfig config, double confidenceLevel,
        double tolerance)
    {
        var (c, e) = degenerate == DegenerateDataHandling.SeededNoise && DegenerateDataNoise.IsDegenerate(control, experiment)
            ? DegenerateDataNoise.Apply(control, experiment)
            : (control, experiment);
        try
        {
            return new MetricComparison(test.Compare(e, c, confidenceLevel), c, e);
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException)
        {
            return new MetricComparison(null, c, e, Failed: true);
        }
    }
}
