using FsCheck;
using FsCheck.Xunit;
using Judge.Stats.Exact;
using Judge.Stats.LocationShift;

namespace Judge.Stats.Tests.Exact;

/// <summary>
/// Invariances of exact mode. Data are integers or multiples of 1/8, so shifted and swapped differences are exact
/// and the results must agree exactly; scaled data agree to rounding of the scaled values.
/// </summary>
public class ExactMannWhitneyPropertyTests
{
    private const double Level = 0.98;
    private readonly ExactMannWhitney _test = new();

    [Property]
    public void ScalingByAPowerOfTenScalesTheIntervalAndEstimate(NonEmptyArray<int> experiment, NonEmptyArray<int> control, int exponent)
    {
        var x = Doubles(experiment);
        var y = Doubles(control);
        var k = (exponent % 19 + 19) % 19 - 9;
        var factor = Math.Pow(10, k);
        if (AllOneValue(x, y))
        {
            Assert.Throws<AllObservationsTiedException>(() => _test.Analyze(Scaled(x, factor), Scaled(y, factor), Level));
            return;
        }

        var unit = _test.Analyze(x, y, Level);
        var scaled = _test.Analyze(Scaled(x, factor), Scaled(y, factor), Level);

        Assert.Equal(unit.Regime, scaled.Regime);
        Assert.Equal(unit.PValue, scaled.PValue);
        Assert.Equal((unit.CiLowerRank, unit.CiUpperRank), (scaled.CiLowerRank, scaled.CiUpperRank));
        // Differences of rounded scaled values: the error is relative to the data's magnitude, not to the difference.
        var tolerance = 1e-13 * factor * (x.Concat(y).Max(Math.Abs) + 1);
        Assert.InRange(scaled.CiLower, unit.CiLower * factor - tolerance, unit.CiLower * factor + tolerance);
        Assert.InRange(scaled.CiUpper, unit.CiUpper * factor - tolerance, unit.CiUpper * factor + tolerance);
        Assert.InRange(scaled.Estimate, unit.Estimate * factor - tolerance, unit.Estimate * factor + tolerance);
    }

    [Property]
    public void AddingAConstantToBothSamplesChangesNothing(NonEmptyArray<int> experiment, NonEmptyArray<int> control, int constant)
    {
        var x = Doubles(experiment);
        var y = Doubles(control);
        if (AllOneValue(x, y))
            return;

        var original = _test.Analyze(x, y, Level);
        var shifted = _test.Analyze(x.Select(v => v + constant).ToArray(), y.Select(v => v + constant).ToArray(), Level);

        Assert.Equal(original, shifted);
    }

    [Property]
    public void SwappingTheSamplesNegatesTheInterval(NonEmptyArray<int> experiment, NonEmptyArray<int> control)
    {
        var x = Eighths(experiment);
        var y = Eighths(control);
        if (AllOneValue(x, y))
            return;

        var original = _test.Analyze(x, y, Level);
        var swapped = _test.Analyze(y, x, Level);

        Assert.Equal(original.Regime, swapped.Regime);
        Assert.Equal(original.PValue, swapped.PValue);
        Assert.Equal(original.DifferenceCount - original.Statistic, swapped.Statistic);
        Assert.True(-original.CiUpper == swapped.CiLower, $"swapped ciLower {swapped.CiLower:R}, original ciUpper {original.CiUpper:R}");
        Assert.True(-original.CiLower == swapped.CiUpper, $"swapped ciUpper {swapped.CiUpper:R}, original ciLower {original.CiLower:R}");
        Assert.True(-original.Estimate == swapped.Estimate, $"swapped estimate {swapped.Estimate:R}, original {original.Estimate:R}");
    }

    [Property]
    public void InputOrderNeverMatters(NonEmptyArray<int> experiment, NonEmptyArray<int> control, int seed)
    {
        var x = Eighths(experiment);
        var y = Eighths(control);
        if (AllOneValue(x, y))
            return;
        var random = new Random(seed);

        var original = _test.Analyze(x, y, Level);
        var shuffled = _test.Analyze(x.OrderBy(_ => random.Next()).ToArray(), y.OrderBy(_ => random.Next()).ToArray(), Level);

        Assert.Equal(original, shuffled);
    }

    [Property]
    public void IntervalHoldsTheEstimateBetweenTheExtremeDifferences(NonEmptyArray<int> experiment, NonEmptyArray<int> control)
    {
        var x = Eighths(experiment);
        var y = Eighths(control);
        if (AllOneValue(x, y))
            return;

        var result = _test.Analyze(x, y, Level);

        Assert.InRange(result.CiLower, x.Min() - y.Max(), result.Estimate);
        Assert.InRange(result.CiUpper, result.Estimate, x.Max() - y.Min());
        Assert.InRange(result.PValue, 0.0, 1.0);
        Assert.True(result.CiLowerRank <= result.CiUpperRank);
    }

    private static double[] Doubles(NonEmptyArray<int> values) => values.Get.Select(v => (double)v).ToArray();

    private static double[] Eighths(NonEmptyArray<int> values) => values.Get.Select(v => v / 8.0).ToArray();

    private static double[] Scaled(double[] values, double factor) => values.Select(v => v * factor).ToArray();

    private static bool AllOneValue(double[] x, double[] y) => x.Concat(y).Distinct().Count() == 1;
}
