namespace Judge.MetricSources.Prometheus;

/// <summary>
/// The instants a range query evaluates at: Start, Start + Step, … up to and including End. Samples are placed by
/// their timestamp, so a step with no sample stays NaN instead of shifting the later values as Kayenta does.
/// </summary>
internal sealed record PrometheusTimeGrid(long StartMillis, long EndMillis, long StepMillis)
{
    /// <exception cref="MetricQueryException">the window is empty or the step is not positive.</exception>
    public static PrometheusTimeGrid Of(MetricQuery query)
    {
        var scope = query.Scope;
        if (scope.StepSeconds <= 0)
            throw new MetricQueryException(query.MetricName, "step", $"step must be a positive number of seconds, not {scope.StepSeconds}");
        var start = scope.Start.ToUnixTimeMilliseconds();
        var end = scope.End.ToUnixTimeMilliseconds();
        if (end < start)
            throw new MetricQueryException(query.MetricName, "end", "the scope's end lies before its start");
        var points = (end - start) / (scope.StepSeconds * 1000) + 1;
        if (points > MaxPoints)
            throw new MetricQueryException(query.MetricName, "step",
                $"the window holds {points} steps of {scope.StepSeconds} s; Prometheus answers at most {MaxPoints} points per series, so use a larger step");
        return new PrometheusTimeGrid(start, end, scope.StepSeconds * 1000);
    }

    /// <summary>Prometheus refuses range queries with more points per series than this.</summary>
    public const int MaxPoints = 11_000;

    public int Count => checked((int)((EndMillis - StartMillis) / StepMillis + 1));

    /// <summary>One value per grid instant, NaN where no sample sits; samples off the grid go to the nearest instant.</summary>
    public double[] Align(IEnumerable<PrometheusSample> samples)
    {
        var values = new double[Count];
        Array.Fill(values, double.NaN);
        foreach (var sample in samples)
        {
            var offset = Math.Round(sample.UnixSeconds * 1000) - StartMillis;
            var index = Math.Round(offset / StepMillis);
            if (index >= 0 && index < values.Length)
                values[(int)index] = sample.Value;
        }
        return values;
    }
}
