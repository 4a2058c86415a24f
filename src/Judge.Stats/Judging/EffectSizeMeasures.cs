using Judge.Stats.Configuration;
using Judge.Stats.EffectSizes;

namespace Judge.Stats.Judging;

/// <summary>Maps a configured <see cref="EffectSizeMeasure"/> to its value and its JSON name.</summary>
internal static class EffectSizeMeasures
{
    public static double Compute(EffectSizeMeasure measure, SortedSeries control, SortedSeries experiment) =>
        measure == EffectSizeMeasure.Cles ? EffectSize.Cles(control.Values, experiment.Values) : MeanRatio(control, experiment);

    public static double MeanRatio(SortedSeries control, SortedSeries experiment) =>
        EffectSize.RatioOfMeans(control.Mean, experiment.Mean);

    public static string NameOf(EffectSizeMeasure measure) => measure == EffectSizeMeasure.Cles ? "cles" : "meanRatio";
}
