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

    // Ties inside each sample from its own runs; the pairs across the samples from one merge whose steps choose a side
    // without a branch (which side comes next is what no predictor can guess), leaving a branch only for a value both
    // samples hold, rare unless the data are tied. A group of a + b equal values, a in x and b in y, adds
    // (a + b)³ − (a + b) = (a³ − a) + (b³ − b) + 3ab(a + b) to the pooled ties: the within-sample terms plus a cross term.
    private void CountTies()
    {
        double[] x = X, y = Y;
        int nx = x.Length, ny = y.Length, i = 0, j = 0;
        long greater = 0, equal = 0;
        var cross = 0.0;
        while (i < nx && j < ny)
        {
            double xv = x[i], yv = y[j];
            if (xv == yv)
            {
                long a = RunLength(x, i), b = RunLength(y, j);
                greater += a * j;
                equal += a * b;
                cross += 3.0 * a * b * (a + b);
                i += (int)a;
                j += (int)b;
                continue;
            }
            var takeY = yv < xv ? 1 : 0;
            j += takeY;
            greater += (takeY ^ 1) * (long)j;
            i += takeY ^ 1;
        }
        // Once y is used up, every y lies below each x left.
        greater += (long)(nx - i) * j;

        var within = RunTies(x) + RunTies(y);
        GreaterPairs = greater;
        EqualPairs = equal;
        WithinSampleTies = within;
        PooledTies = within + cross;
        HasEqualValues = within > 0 || equal > 0;
        AllOneValue = x[0] == x[^1] && y[0] == y[^1] && x[0] == y[0];
    }

    private static long RunLength(double[] sorted, int start)
    {
        var end = start + 1;
        while (end < sorted.Length && sorted[end] == sorted[start])
            end++;
        return end - start;
    }

    // Σ (t³ − t) over the runs of equal values of one sorted sample.
    private static double RunTies(double[] sorted)
    {
        var sum = 0.0;
        var start = 0;
        for (var k = 1; k < sorted.Length; k++)
            if (sorted[k] != sorted[k - 1])
            {
                sum += TieTerm(k - start);
                start = k;
            }
        return sum + TieTerm(sorted.Length - start);
    }

    private static double TieTerm(long size)
    {
        double t = size;
        return t * t * t - t;
    }
}
