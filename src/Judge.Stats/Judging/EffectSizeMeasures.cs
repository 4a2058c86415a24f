using Judge.Stats.Configuration;
using Judge.Stats.EffectSizes;

namespace Judge.Stats.Judging;

/// <summary>Maps a configured <see cref="EffectSizeMeasure"/> to its value and its JSON name.</summary>
internal static class EffectSizeMeasures
{
    public static double Compute(EffectSizeMeasure measure, double[] control, double[] experiment) =>
        measure == EffectSizeMeasure.Cles ? EffectSize.Cles(control, experiment) : EffectSize.MeanRatio(control, experiment);

    public static double MeanRatio(double[] control, double[] experiment) => EffectSize.MeanRatio(control, experiment);

    public static string NameOf(EffectSizeMeasure measure) => measure == EffectSizeMeasure.Cles ? "cles" : "meanRatio";
}
