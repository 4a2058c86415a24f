namespace Judge.Stats.Exact;

/// <summary>
/// Both samples sorted ascending, with the tie structure exact mode needs: ties inside each sample (T0),
/// ties in the pooled data at shift 0 (T), and the W statistic counts. Built in O(n log n), n = nx + ny.
/// </summary>
internal sealed class SortedSamples
{
    private SortedSamples(double[] x, double[] y)
    {
        X = x;
        Y = y;
    }

    /// <summary>Experiment, ascending.</summary>
    public double[] X { get; }

    /// <summary>Control, ascending.</summary>
    public double[] Y { get; }

    /// <summary>#{(i, j) : x[i] &gt; y[j]}.</summary>
    public long GreaterPairs { get; private set; }

    /// <summary>#{(i, j) : x[i] == y[j]}.</summary>
    public long EqualPairs { get; private set; }

    /// <summary>Σ (t³ − t) over groups of equal values inside x plus inside y (T0).</summary>
    public double WithinSampleTies { get; private set; }

    /// <summary>Σ (t³ − t) over groups of equal values in the pooled data at shift 0 (T).</summary>
    public double PooledTies { get; private set; }

    /// <summary>Two of the nx + ny values are equal (0.0 == −0.0).</summary>
    public bool HasEqualValues { get; private set; }

    /// <summary>All nx + ny values are one value.</summary>
    public bool AllOneValue { get; private set; }

    public static SortedSamples Create(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control)
    {
        var x = SortedCopy(experiment, nameof(experiment));
        var y = SortedCopy(control, nameof(control));
        var samples = new SortedSamples(x, y);
        samples.CountTies();
        return samples;
    }

    /// <summary>As <see cref="Create"/> for samples already sorted ascending (held, not copied).</summary>
    public static SortedSamples FromSorted(double[] experiment, double[] control)
    {
        CheckSorted(experiment, nameof(experiment));
        CheckSorted(control, nameof(control));
        var samples = new SortedSamples(experiment, control);
        samples.CountTies();
        return samples;
    }

    // Sorted ascending, so the ends show any infinity (and a NaN, which sorts first).
    private static void CheckSorted(double[] sorted, string name)
    {
        if (sorted.Length == 0)
            throw new ArgumentException($"{name} must hold at least one value", name);
        foreach (var end in (ReadOnlySpan<double>)[sorted[0], sorted[^1]])
            if (!double.IsFinite(end))
                throw new ArgumentException($"{name} holds {end}; every value must be finite", name);
    }

    private static double[] SortedCopy(ReadOnlySpan<double> values, string name)
    {
        if (values.IsEmpty)
            throw new ArgumentException($"{name} must hold at least one value", name);
        for (var i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{name}[{i}] is {values[i]}; every value must be finite", name);
        var copy = values.ToArray();
        Array.Sort(copy);
        return copy;
    }

    // One merge over the distinct values of the pooled data, ascending.
    private void CountTies()
    {
        int i = 0, j = 0, groups = 0;
        long yBelow = 0, greater = 0, equal = 0;
        double within = 0, pooled = 0;
        while (i < X.Length || j < Y.Length)
        {
            var value = j >= Y.Length || (i < X.Length && X[i] <= Y[j]) ? X[i] : Y[j];
            long inX = 0, inY = 0;
            while (i < X.Length && X[i] == value) { i++; inX++; }
            while (j < Y.Length && Y[j] == value) { j++; inY++; }

            greater += inX * yBelow;
            equal += inX * inY;
            yBelow += inY;
            within += TieTerm(inX) + TieTerm(inY);
            pooled += TieTerm(inX + inY);
            groups++;
        }

        GreaterPairs = greater;
        EqualPairs = equal;
        WithinSampleTies = within;
        PooledTies = pooled;
        HasEqualValues = groups < X.Length + Y.Length;
        AllOneValue = groups == 1;
    }

    private static double TieTerm(long size)
    {
        double t = size;
        return t * t * t - t;
    }
}
