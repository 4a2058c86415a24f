using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// The exact judge's verdicts depend only on the order statistics of the pairwise differences, so they must not
/// change with the data's unit (×10^k), with a common offset, or with the order the points arrive in.
/// Data are integer-valued so that the offset is exact in floating point.
/// </summary>
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
    public Property ScalingByAPowerOfTenKeepsTheVerdict() =>
        Prop.ForAll(Samples(), Arb.From(Gen.Choose(-9, 9)), (data, k) =>
        {
            var factor = double.Parse($"1e{k}", System.Globalization.CultureInfo.InvariantCulture);
            var scaled = Verdict(data.Control.Select(v => v * factor).ToArray(), data.Experiment.Select(v => v * factor).ToArray());
            return (scaled == Verdict(data.Control, data.Experiment)).Label($"k = {k}");
        });

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
