namespace Judge.MetricSources;

/// <summary>
/// The instants a metric set's values sit at: StartMillis + i·StepMillis for i in [0, Count). Every provider lays its
/// points on one, so a time without a point holds NaN instead of shifting the later values as Kayenta does.
/// </summary>
internal readonly record struct TimeGrid(long StartMillis, long StepMillis, int Count)
{
    /// <summary>start, start + step, … up to and including end (Prometheus's evaluation instants, Datadog's rollups).</summary>
    public static TimeGrid ThroughEnd(long startMillis, long endMillis, long stepMillis) =>
        new(startMillis, stepMillis, checked((int)((endMillis - startMillis) / stepMillis + 1)));

    /// <summary>The periods (start + i·step, start + (i+1)·step] needed to cover (start, end] (Cloud Monitoring's alignment periods).</summary>
    public static TimeGrid PeriodsCovering(long startMillis, long endMillis, long stepMillis) =>
        new(startMillis, stepMillis, checked((int)((endMillis - startMillis + stepMillis - 1) / stepMillis)));

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

    /// <summary>A metric set of <paramref name="values"/> laid on this grid.</summary>
    public MetricSet ToMetricSet(string name, IReadOnlyDictionary<string, string> tags, IReadOnlyList<double> values,
        IReadOnlyDictionary<string, string> attributes) =>
        new(name, tags, StartMillis, IsoInstant.Format(StartMillis), EndMillis, IsoInstant.Format(EndMillis), StepMillis, values, attributes);
}
