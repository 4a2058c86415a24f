using Judge.Stats.Ranking;

namespace Judge.Stats.EffectSizes;

/// <summary>Kayenta's effect-size measures of experiment against control (<c>EffectSizes.scala</c>).</summary>
public static class EffectSize
{
    /// <summary>mean(experiment)/mean(control); NaN when either mean is exactly 0 (or a sample is empty).</summary>
    public static double MeanRatio(ReadOnlySpan<double> control, ReadOnlySpan<double> experiment) =>
        RatioOfMeans(SampleMean.Of(control), SampleMean.Of(experiment));

    /// <summary>As <see cref="MeanRatio"/>, given both means (<see cref="SampleMean"/>) already.</summary>
    public static double RatioOfMeans(double controlMean, double experimentMean) =>
        controlMean == 0 || experimentMean == 0 ? double.NaN : experimentMean / controlMean;

    /// <summary>
    /// Common-language effect size P(e &gt; c) + P(e = c)/2 from the rank sum of the experiment within
    /// experiment ++ control: (2·r1 − m(m+1)) / (2·n·m). NaN when a sample is empty.
    /// </summary>
    /// <exception cref="ArgumentException">a value is NaN.</exception>
    public static double Cles(ReadOnlySpan<double> control, ReadOnlySpan<double> experiment)
    {
        if (control.IsEmpty || experiment.IsEmpty)
            return double.NaN;
        var r1 = AverageRanks.SumOfFirst(experiment, control);
        var m = (double)experiment.Length;
        var n = (double)control.Length;
        return (2 * r1 - m * (m + 1)) / (2 * n * m);
    }
}
