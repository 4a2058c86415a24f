using Judge.Stats.Distributions;
using Judge.Stats.LocationShift;
using Judge.Stats.RootFinding;

namespace Judge.Stats.MannWhitney;

/// <summary>
/// The Mann-Whitney test as Kayenta's judge runs it: a port of R's
/// <c>wilcox.test(x = experiment, y = control, conf.int = TRUE, exact = FALSE, correct = TRUE)</c> with the normal
/// approximation always, interval bounds and estimate found by R's zeroin to an absolute tolerance of 1e-4, and the
/// continuity correction kept for the estimate. Results, including the artefacts of that tolerance, match Kayenta.
/// </summary>
public sealed class KayentaMannWhitney : ILocationShiftTest
{
    public const double RootTolerance = 1e-4;
    public const int MaxIterations = 1000;

    public LocationShiftResult Compare(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control, double confidenceLevel)
    {
        var result = Analyze(experiment, control, confidenceLevel);
        return new LocationShiftResult(result.PValue, result.Statistic, result.CiLower, result.CiUpper,
            result.KayentaEstimate, "normal");
    }

    /// <summary>Statistic, p-value, interval and both estimates.</summary>
    /// <exception cref="AllObservationsTiedException">sigma is 0 at a shift the search visits (all observations tied).</exception>
    /// <exception cref="ArgumentException">a sample is empty or holds a non-finite value.</exception>
    public static KayentaMannWhitneyResult Analyze(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control,
        double confidenceLevel)
    {
        var zq = NormalQuantile.TwoSidedCritical(confidenceLevel);
        var statistic = Prepare(experiment, control);

        var muMin = statistic.MinX - statistic.MaxY;
        var muMax = statistic.MaxX - statistic.MinY;

        var ciLower = IntervalBound(statistic, muMin, muMax, zq);
        var ciUpper = IntervalBound(statistic, muMin, muMax, -zq);
        var kayentaEstimate = Estimate(statistic, muMin, muMax, correct: true);
        var rEstimate = Estimate(statistic, muMin, muMax, correct: false);
        var rankSum = RankSum(statistic);

        return new KayentaMannWhitneyResult(rankSum.Statistic, rankSum.PValue, ciLower, ciUpper, kayentaEstimate, rEstimate);
    }

    /// <summary>The rank-sum test alone, defined even where the interval is not (p-value NaN when all tied).</summary>
    /// <exception cref="ArgumentException">a sample is empty or holds a non-finite value.</exception>
    public static RankSumResult RankSum(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control) =>
        RankSum(Prepare(experiment, control));

    private static RankSumResult RankSum(ShiftedRankSum statistic) =>
        new(statistic.Statistic(), NormalTail.TwoSided(statistic.Standardised(0, 0, correct: true)));

    // R's root(zq): the search bound itself when the statistic does not change sign on [muMin, muMax].
    private static double IntervalBound(ShiftedRankSum statistic, double muMin, double muMax, double zq)
    {
        var fLower = statistic.StandardisedOrThrow(muMin, zq, correct: true);
        var fUpper = statistic.StandardisedOrThrow(muMax, zq, correct: true);
        if (fLower <= 0)
            return muMin;
        if (fUpper >= 0)
            return muMax;
        return Zeroin.Find(muMin, muMax, fLower, fUpper,
            d => statistic.StandardisedOrThrow(d, zq, correct: true), RootTolerance, MaxIterations);
    }

    // Kayenta calls the solver directly for the estimate: no fallback to the bounds.
    private static double Estimate(ShiftedRankSum statistic, double muMin, double muMax, bool correct)
    {
        double F(double d) => statistic.StandardisedOrThrow(d, 0, correct);
        return Zeroin.Find(muMin, muMax, F(muMin), F(muMax), F, RootTolerance, MaxIterations);
    }

    private static ShiftedRankSum Prepare(ReadOnlySpan<double> experiment, ReadOnlySpan<double> control)
    {
        RequireFiniteSample(experiment, nameof(experiment));
        RequireFiniteSample(control, nameof(control));
        return new ShiftedRankSum(experiment, control);
    }

    private static void RequireFiniteSample(ReadOnlySpan<double> sample, string name)
    {
        if (sample.IsEmpty)
            throw new ArgumentException($"{name} must hold at least one value.", name);
        for (var i = 0; i < sample.Length; i++)
            if (!double.IsFinite(sample[i]))
                throw new ArgumentException($"{name}[{i}] is {sample[i]}; the test needs finite values.", name);
    }
}
