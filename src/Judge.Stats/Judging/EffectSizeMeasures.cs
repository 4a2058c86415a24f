using Judge.Stats.Descriptive;

namespace Judge.Stats.Judging;

/// <summary>Maps a configured <see cref="EffectSizeMeasure"/> to its value for a control/experiment pair.</summary>
internal static class EffectSizeMeasures
{
    public static double Compute(EffectSizeMeasure measure, double[] control, double[] experiment) =>
        measure == EffectSizeMeasure.Cles ? Cles(control, experiment) : MeanRatio(control, experiment);

    public static string NameOf(EffectSizeMeasure measure) => measure == EffectSizeMeasure.Cles ? "cles" : "meanRatio";

    // PROVISIONAL until stats-kayenta's EffectSizes are merged.
    public static double MeanRatio(double[] control, double[] experiment)
    {
        var c = SampleMoments.Mean(control);
        var e = SampleMoments.Mean(experiment);
        return c == 0 || e == 0 ? double.NaN : e / c;
    }

    // PROVISIONAL until stats-kayenta's EffectSizes are merged.
    public static double Cles(double[] control, double[] experiment)
    {
        var all = experiment.Concat(control).Select((v, i) => (v, i)).OrderBy(p => p.v).ToArray();
        var ranks = new double[all.Length];
        for (var start = 0; start < all.Length;)
        {
            var end = start;
            while (end + 1 < all.Length && all[end + 1].v == all[start].v)
                end++;
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
                ranks[all[k].i] = rank;
            start = end + 1;
        }
        double m = experiment.Length, n = control.Length;
        var r1 = ranks.Take(experiment.Length).Sum();
        return (2 * r1 - m * (m + 1)) / (2 * n * m);
    }
}
