using System.Globalization;
using Judge.Stats.Configuration;
using Judge.Stats.Descriptive;
using Judge.Stats.Preprocessing;
using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>A canary aggregate outside its configured absolute bound.</summary>
internal sealed record BoundViolation(string Classification, string Reason);

/// <summary>
/// Judge's absolute bound (beyond Kayenta): the canary's aggregate (mean, median, p95 or max of the preprocessed
/// series) must lie in [Min, Max]. Above Max is High, below Min is Low. The check needs canary data only.
/// </summary>
internal static class AbsoluteBoundCheck
{
    public static BoundViolation? Check(string metricName, AbsoluteBound? bound, IReadOnlyList<double> experiment)
    {
        if (bound is null || experiment.Count == 0)
            return null;
        var value = Aggregate(bound.Aggregate, experiment);
        var aggregate = AggregateName(bound.Aggregate);
        if (bound.Max is { } max && value > max)
            return new BoundViolation(MetricVerdicts.High,
                $"{metricName}: canary {aggregate} {Format(value)} is above the absolute bound max {Format(max)}");
        if (bound.Min is { } min && value < min)
            return new BoundViolation(MetricVerdicts.Low,
                $"{metricName}: canary {aggregate} {Format(value)} is below the absolute bound min {Format(min)}");
        return null;
    }

    public static double Aggregate(BoundAggregate aggregate, IReadOnlyList<double> values) => aggregate switch
    {
        BoundAggregate.Median => Percentile.R7(values, 50),
        BoundAggregate.P95 => Percentile.R7(values, 95),
        BoundAggregate.Max => values.Max(),
        _ => SampleMoments.Mean(values.ToArray()),
    };

    private static string AggregateName(BoundAggregate aggregate) => aggregate switch
    {
        BoundAggregate.Median => "median",
        BoundAggregate.P95 => "p95",
        BoundAggregate.Max => "max",
        _ => "mean",
    };

    private static string Format(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
