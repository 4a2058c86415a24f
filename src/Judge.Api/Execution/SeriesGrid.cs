using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>
/// The timestamps a scope asks for: point i at StartMillis + i·StepMillis, Points = (end − start) / step as Kayenta's
/// expectedDataPoints. Series are placed on this grid so that value i of control and experiment mean the same moment.
/// </summary>
public sealed record SeriesGrid(long StartMillis, long StepMillis, int Points)
{
    public static SeriesGrid For(MetricScope scope)
    {
        var start = scope.Start.ToUnixTimeMilliseconds();
        var stepMillis = scope.StepSeconds * 1000;
        var points = stepMillis <= 0 ? 0 : (scope.End.ToUnixTimeMilliseconds() - start) / stepMillis;
        return new SeriesGrid(start, stepMillis, (int)Math.Clamp(points, 0, int.MaxValue));
    }

    /// <summary>
    /// The set's values on this grid: each value goes to the nearest grid point; points the set lacks, or that fall
    /// outside the window, stay NaN. When two values land on one point the first non-NaN one is kept.
    /// </summary>
    public double[] Align(MetricSet set)
    {
        var aligned = NaNs();
        if (set.StepMillis <= 0 || StepMillis <= 0)
        {
            // No timestamps to go by: the values can only be taken in order.
            for (var i = 0; i < Math.Min(Points, set.Values.Count); i++)
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
            if (index < 0 || index >= Points)
                continue;
            var slot = (int)index;
            if (double.IsNaN(aligned[slot]))
                aligned[slot] = value;
        }
        return aligned;
    }

    public double[] NaNs()
    {
        var values = new double[Points];
        Array.Fill(values, double.NaN);
        return values;
    }
}
