namespace Judge.MetricSources.Prometheus;

/// <summary>
/// The window a range query asks for: Start, Start + Step, … up to and including End. Samples are placed on its
/// <see cref="TimeGrid"/> by their timestamp.
/// </summary>
internal sealed record PrometheusRangeWindow(long StartMillis, long EndMillis, long StepMillis)
{
    /// <exception cref="MetricQueryException">the window is empty or the step is not positive.</exception>
    public static PrometheusRangeWindow Of(MetricQuery query)
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
        return new PrometheusRangeWindow(start, end, scope.StepSeconds * 1000);
    }

    /// <summary>Prometheus refuses range queries with more points per series than this.</summary>
    public const int MaxPoints = 11_000;

    /// <summary>The grid the answer's samples are laid on.</summary>
    public TimeGrid Grid => TimeGrid.ThroughEnd(StartMillis, EndMillis, StepMillis);

    public int Count => Grid.Count;

    /// <summary>One value per grid instant, NaN where no sample sits; samples off the grid go to the nearest instant.</summary>
    public double[] Align(IEnumerable<PrometheusSample> samples)
    {
        var grid = Grid;
        var values = grid.EmptyValues();
        foreach (var sample in samples)
        {
            var index = grid.NearestIndex(Math.Round(sample.UnixSeconds * 1000));
            if (index >= 0)
                values[index] = sample.Value;
        }
        return values;
    }
}
