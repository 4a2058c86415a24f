namespace Judge.MetricSources;

/// <summary>
/// The instants a metric set's values sit at: StartMillis + i·StepMillis for i in [0, Count). Every provider lays its
/// points on one, so a time without a point holds NaN instead of shifting the later values as Kayenta does; the
/// execution lays each fetched set again on the grid its scope asks for (<see cref="ExpectedBy"/>), so that value i of
/// control and experiment mean the same moment.
/// </summary>
public readonly record struct TimeGrid(long StartMillis, long StepMillis, int Count)
{
    /// <summary>start, start + step, … up to and including end (Prometheus's evaluation instants, Datadog's rollups).</summary>
    public static TimeGrid ThroughEnd(long startMillis, long endMillis, long stepMillis) =>
        new(startMillis, stepMillis, checked((int)((endMillis - startMillis) / stepMillis + 1)));

    /// <summary>The periods (start + i·step, start + (i+1)·step] needed to cover (start, end] (Cloud Monitoring's alignment periods).</summary>
    public static TimeGrid PeriodsCovering(long startMillis, long endMillis, long stepMillis) =>
        new(startMillis, stepMillis, checked((int)((endMillis - startMillis + stepMillis - 1) / stepMillis)));

    /// <summary>The grid a scope asks for: Count = (end − start) / step as Kayenta's expectedDataPoints (0 without a step).</summary>
    public static TimeGrid ExpectedBy(MetricScope scope)
    {
        var start = scope.Start.ToUnixTimeMilliseconds();
        var stepMillis = scope.StepSeconds * 1000;
        var points = stepMillis <= 0 ? 0 : (scope.End.ToUnixTimeMilliseconds() - start) / stepMillis;
        return new TimeGrid(start, stepMillis, (int)Math.Clamp(points, 0, int.MaxValue));
    }

    /// <summary>Kayenta's end of a metric set: start + count·step.</summary>
    public long EndMillis => StartMillis + Count * StepMillis;

    /// <summary>One NaN per grid instant, for the points to be placed into.</summary>
    public double[] EmptyValues()
    {
        var values = new double[Count];
        Array.Fill(values, double.NaN);
        return values;
    }

    /// <summary>The index of the grid instant nearest to <paramref name="timeMillis"/>, or -1 when that lies off the grid.</summary>
    public int NearestIndex(double timeMillis)
    {
        var index = Math.Round((timeMillis - StartMillis) / StepMillis);
        return index >= 0 && index < Count ? (int)index : -1;
    }

    /// <summary>The index i of the period (start + i·step, start + (i+1)·step] holding <paramref name="timeMillis"/>, or -1 off the grid.</summary>
    public int PeriodIndex(long timeMillis)
    {
        var offset = timeMillis - StartMillis;
        var ceiling = offset >= 0 ? (offset + StepMillis - 1) / StepMillis : -(-offset / StepMillis);
        var index = ceiling - 1;
        return index >= 0 && index < Count ? (int)index : -1;
    }

    /// <summary>
    /// The set's values on this grid: each value goes to the nearest grid point; points the set lacks, or that fall
    /// outside the window, stay NaN. When two values land on one point the first non-NaN one is kept.
    /// </summary>
    public double[] Align(MetricSet set)
    {
        var aligned = EmptyValues();
        if (set.StepMillis <= 0 || StepMillis <= 0)
        {
            // No timestamps to go by: the values can only be taken in order.
            for (var i = 0; i < Math.Min(Count, set.Values.Count); i++)
                aligned[i] = set.Values[i];
            return aligned;
        }

        for (var i = 0; i < set.Values.Count; i++)
        {
            var value = set.Values[i];
            if (double.IsNaN(value))
                continue;
            var offset = set.StartTimeMillis + (long)i * set.StepMillis - StartMillis;
            var index = Math.Floor((offset + StepMillis / 2.0) / StepMillis);
            if (index < 0 || index >= Count)
                continue;
            var slot = (int)index;
            if (double.IsNaN(aligned[slot]))
                aligned[slot] = value;
        }
        return aligned;
    }

    /// <summary>A metric set of <paramref name="values"/> laid on this grid.</summary>
    public MetricSet ToMetricSet(string name, IReadOnlyDictionary<string, string> tags, IReadOnlyList<double> values,
        IReadOnlyDictionary<string, string> attributes) =>
        new(name, tags, StartMillis, IsoInstant.Format(StartMillis), EndMillis, IsoInstant.Format(EndMillis), StepMillis, values, attributes);
}
