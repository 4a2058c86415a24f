using MathNet.Numerics.Distributions;

namespace Judge.Stats.Judging;

/// <summary>
/// Kayenta's treatment of two constant series with different values: add N(0, (v·1e−5)²) noise to each element,
/// where v is that series' constant (no noise for 0), so the rank test has something to rank.
/// Kayenta's generator is unseeded; this one is seeded from the bits of the data, so one input always gets one verdict.
/// </summary>
internal static class DegenerateDataNoise
{
    public const double RelativeScale = 1e-5;

    /// <summary>True when each series holds a single distinct value (and both are non-empty).</summary>
    public static bool IsDegenerate(ReadOnlySpan<double> control, ReadOnlySpan<double> experiment) =>
        IsConstant(control) && IsConstant(experiment);

    public static (double[] Control, double[] Experiment) Apply(double[] control, double[] experiment)
    {
        var random = new Random(SeedOf(control, experiment));
        var noisyExperiment = WithNoise(experiment, random);
        var noisyControl = WithNoise(control, random);
        return (noisyControl, noisyExperiment);
    }

    private static double[] WithNoise(double[] constantSeries, Random random)
    {
        var value = constantSeries[0];
        if (value == 0)
            return (double[])constantSeries.Clone();
        var std = Math.Abs(value * RelativeScale);
        return constantSeries.Select(v => v + Normal.Sample(random, 0.0, std)).ToArray();
    }

    private static bool IsConstant(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
            return false;
        foreach (var v in values)
            if (v != values[0])
                return false;
        return true;
    }

    // FNV-1a over the IEEE bits of both series: stable across processes and platforms, unlike string.GetHashCode.
    private static int SeedOf(double[] control, double[] experiment)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        foreach (var series in new[] { control, experiment })
        {
            hash = (hash ^ (ulong)series.Length) * prime;
            foreach (var v in series)
            {
                var bits = (ulong)BitConverter.DoubleToInt64Bits(v);
                for (var shift = 0; shift < 64; shift += 8)
                    hash = (hash ^ ((bits >> shift) & 0xFF)) * prime;
            }
        }
        return (int)(hash ^ (hash >> 32));
    }
}
