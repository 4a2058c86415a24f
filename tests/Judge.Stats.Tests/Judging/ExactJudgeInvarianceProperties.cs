using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// The exact judge's verdicts depend only on the order statistics of the pairwise differences, so they must not
/// change with the data's unit (×2^k exactly, ×10^k off the thresholds), with a common offset, or with the order
/// the points arrive in. Data are integer-valued so that the offset is exact in floating point.
/// </summary>
/// <remarks>
/// ×10^k with k &lt; 0 is not exact in binary floating point: 15·10⁻³ − 12·10⁻³ is 0.0030000000000000027, not
/// 0.25·(12·10⁻³) = 0.003. Integer data can put an interval bound exactly on the tolerance band (3 = 0.25·12), where
/// Kayenta's strict comparison decides Pass, and the scaled data then land a few ulps to either side. Those inputs
/// are judged correctly as given; the unit property holds only off the thresholds, and exactly for powers of two.
/// </remarks>
public class ExactJudgeInvarianceProperties
{
    private static readonly MetricClassifier Exact = ExactAcaJudge.CreateClassifier();

    private static readonly MetricAnalysisConfig Config = new() { Critical = true };

    /// <summary>Control and experiment: 1–40 integers from a narrow (tied) or wide (untied) range, experiment shifted by 0–60 %.</summary>
    private static Arbitrary<(double[] Control, double[] Experiment)> Samples()
    {
        var gen =
            from range in Gen.Elements(20, 200, 100_000)
            from nc in Gen.Choose(1, 40)
            from ne in Gen.Choose(1, 40)
            from control in Gen.ArrayOf(Gen.Choose(0, range), nc)
            from experiment in Gen.ArrayOf(Gen.Choose(0, range), ne)
            from shiftPercent in Gen.Elements(0, 0, 5, 20, 60)
            select (control.Select(v => (double)v).ToArray(),
                experiment.Select(v => (double)(v + range * shiftPercent / 100)).ToArray());
        return Arb.From(gen);
    }

    private static (string, bool) Verdict(double[] control, double[] experiment)
    {
        var result = Exact.Classify("m", control, experiment, Config);
        return (result.Classification, result.Critical);
    }

    [Property(MaxTest = 200)]
    public Property ScalingByAPowerOfTwoKeepsTheVerdictAndScalesTheInterval() =>
        Prop.ForAll(Samples(), Arb.From(Gen.Choose(-30, 30)), (data, k) =>
        {
            var factor = Math.ScaleB(1.0, k);
            var original = Exact.Classify("m", data.Control, data.Experiment, Config);
            var scaled = Exact.Classify("m", Scale(data.Control, factor), Scale(data.Experiment, factor), Config);
            return (scaled.Classification == original.Classification
                    && scaled.Critical == original.Critical
                    && scaled.Metadata?.CiLower == original.Metadata?.CiLower * factor
                    && scaled.Metadata?.CiUpper == original.Metadata?.CiUpper * factor
                    && scaled.Metadata?.Estimate == original.Metadata?.Estimate * factor)
                .Label($"k = {k}");
        });

    [Property(MaxTest = 200)]
    public Property ScalingByAPowerOfTenKeepsTheVerdictOffTheThresholds() =>
        Prop.ForAll(Samples(), Arb.From(Gen.Choose(-9, 9)), (data, k) =>
        {
            var original = Exact.Classify("m", data.Control, data.Experiment, Config);
            var factor = PowerOfTen(k);
            var scaled = Verdict(Scale(data.Control, factor), Scale(data.Experiment, factor));
            return (scaled == (original.Classification, original.Critical))
                .When(!OnAThreshold(original))
                .Label($"k = {k}");
        });

    /// <summary>
    /// FsCheck replay (17954019505745674312,304237146474236275,64) of the old ×10^k property: the lower interval
    /// bound is 3 and the band's upper edge 0.25·12 = 3, so the verdict is Pass; ×10⁻³ and ×10⁻⁷ move the bound
    /// above the edge by rounding alone.
    /// </summary>
    [Theory]
    [InlineData(-3)]
    [InlineData(-7)]
    public void TheFlakySeedSitsExactlyOnTheToleranceBand(int k)
    {
        double[] control = [11, 7, 15, 12, 11, 9, 11, 8, 16, 11, 5, 17, 19, 13, 20, 11, 3, 4, 9, 10, 15, 7, 3, 12, 1, 1, 19,
            16, 6, 7, 18, 4, 3, 6, 0, 4, 18, 18];
        double[] experiment = [29, 18, 15, 32, 26, 12];

        var original = Exact.Classify("m", control, experiment, Config);
        Assert.Equal((MetricVerdicts.Pass, 3.0, 3.0), (original.Classification, original.Metadata!.CiLower, original.Metadata.UpperBound));
        Assert.True(OnAThreshold(original));

        var factor = PowerOfTen(k);
        var scaled = Exact.Classify("m", Scale(control, factor), Scale(experiment, factor), Config).Metadata!;
        Assert.NotEqual(scaled.UpperBound, scaled.CiLower);
        Assert.InRange(Math.Abs(scaled.CiLower!.Value - scaled.UpperBound!.Value) / scaled.UpperBound.Value, 0, 1e-14);

        var byTwo = Exact.Classify("m", Scale(control, Math.ScaleB(1.0, -10)), Scale(experiment, Math.ScaleB(1.0, -10)), Config);
        Assert.Equal(MetricVerdicts.Pass, byTwo.Classification);
    }

    // An interval bound on the tolerance band's edge, or an effect size equal to a gate, decides by strict comparison
    // of values that a rounded unit change can move by an ulp.
    private static bool OnAThreshold(MetricClassification result)
    {
        if (result.Metadata is not { } m || result.Path != "mann-whitney")
            return false;
        var gates = Config.EffectSize;
        return m.CiLower == m.UpperBound || m.CiUpper == m.LowerBound
            || m.EffectSize == gates.AllowedIncrease || m.EffectSize == gates.AllowedDecrease
            || m.EffectSize == gates.CriticalIncrease || m.EffectSize == gates.CriticalDecrease;
    }

    private static double PowerOfTen(int k) => double.Parse($"1e{k}", System.Globalization.CultureInfo.InvariantCulture);

    private static double[] Scale(double[] values, double factor) => values.Select(v => v * factor).ToArray();

    [Property(MaxTest = 200)]
    public Property AddingAConstantToBothKeepsTheVerdict() =>
        Prop.ForAll(Samples(), Arb.From(Gen.Choose(0, 1_000_000)), (data, offset) =>
        {
            var shifted = Verdict(data.Control.Select(v => v + offset).ToArray(), data.Experiment.Select(v => v + offset).ToArray());
            return (shifted == Verdict(data.Control, data.Experiment)).Label($"offset = {offset}");
        });

    [Property(MaxTest = 200)]
    public Property OrderOfTheValuesNeverMatters() =>
        Prop.ForAll(Samples(), Arb.From(Gen.Choose(0, int.MaxValue)), (data, seed) =>
        {
            var random = new Random(seed);
            var control = data.Control.OrderBy(_ => random.Next()).ToArray();
            var experiment = data.Experiment.OrderBy(_ => random.Next()).ToArray();
            var original = Exact.Classify("m", data.Control, data.Experiment, Config);
            var shuffled = Exact.Classify("m", control, experiment, Config);
            return shuffled.Classification == original.Classification
                && shuffled.Critical == original.Critical
                && shuffled.Metadata?.CiLower == original.Metadata?.CiLower
                && shuffled.Metadata?.CiUpper == original.Metadata?.CiUpper
                && shuffled.Metadata?.Estimate == original.Metadata?.Estimate;
        });

    [Fact]
    public void TheGeneratorProducesEveryVerdict()
    {
        var verdicts = Samples().Generator.Sample(300).Select(d => Verdict(d.Control, d.Experiment).Item1).ToHashSet();
        Assert.Contains("High", verdicts);
        Assert.Contains("Pass", verdicts);
    }
}
