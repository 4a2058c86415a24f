using Judge.Stats.EffectSizes;

namespace Judge.Stats.Descriptive;

/// <summary>Mean and sample variance computed the way commons-math does, so reported stats match Kayenta's to the ulp.</summary>
public static class SampleMoments
{
    /// <summary>commons-math's mean (see <see cref="SampleMean"/>); NaN for an empty sample.</summary>
    public static double Mean(ReadOnlySpan<double> values) => SampleMean.Of(values);

    /// <summary>The bias-corrected (n − 1) variance with commons-math's two-pass correction; 0 for one value, NaN for none.</summary>
    public static double SampleVariance(ReadOnlySpan<double> values) => SampleVariance(values, Mean(values));

    /// <summary>As <see cref="SampleVariance(ReadOnlySpan{double})"/>, given the values' <see cref="Mean"/> already.</summary>
    public static double SampleVariance(ReadOnlySpan<double> values, double mean)
    {
        var n = values.Length;
        if (n == 0)
            return double.NaN;
        if (n == 1)
            return 0.0;
        var squares = 0.0;
        var deviations = 0.0;
        foreach (var v in values)
        {
            var dev = v - mean;
            squares += dev * dev;
            deviations += dev;
        }
        return (squares - deviations * deviations / n) / (n - 1);
    }

    public static double SampleStandardDeviation(ReadOnlySpan<double> values) => Math.Sqrt(SampleVariance(values));
}
