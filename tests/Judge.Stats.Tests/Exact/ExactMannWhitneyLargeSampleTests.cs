using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

/// <summary>
/// n = m = 200,000 (N = 4e10 differences, far beyond what could be materialised). The experiment is a shifted copy
/// of the control, so the differences are symmetric around the shift: the estimate is the shift and the interval is
/// symmetric around it. Values are integers and the shift is 1/2, so every difference is exact.
/// </summary>
public class ExactMannWhitneyLargeSampleTests
{
    [Fact]
    public void ShiftedCopyOfTwoHundredThousandValuesGivesTheShift()
    {
        const int size = 200_000;
        const double shift = 0.5;
        var random = new Random(20240601);
        var control = Enumerable.Range(0, size).Select(_ => (double)random.Next(0, 1_000_000)).ToArray();
        var experiment = control.Select(v => v + shift).Reverse().ToArray();

        var result = new ExactMannWhitney().Analyze(experiment, control, 0.98);

        Assert.Equal(ExactRegime.Normal, result.Regime);
        Assert.Equal(4e10, result.DifferenceCount);
        Assert.Equal(shift, result.Estimate);
        Assert.Equal(2 * shift, result.CiLower + result.CiUpper);
        Assert.True(result.CiLower < shift && shift < result.CiUpper, $"[{result.CiLower}, {result.CiUpper}] should hold {shift}");
        Assert.Equal(result.DifferenceCount + 1, result.CiLowerRank + result.CiUpperRank);
        Assert.True(result.PValue > 0.5, $"a pure half-unit shift of integers in 0..1e6 is no evidence; p = {result.PValue}");
    }

    [Fact]
    public void SeparatedLargeSamplesGiveTheGapAtBothEnds()
    {
        const int size = 200_000;
        var control = Enumerable.Range(0, size).Select(i => (double)(i % 1000)).ToArray();
        var experiment = Enumerable.Range(0, size).Select(i => 5000.0 + i % 1000).ToArray();

        var result = new ExactMannWhitney().Analyze(experiment, control, 0.98);

        // Each difference value 5000 + d (|d| < 1000) occurs (1000 − |d|)·200² times: symmetric around 5000.
        Assert.Equal(5000.0, result.Estimate);
        Assert.Equal(10000.0, result.CiLower + result.CiUpper);
        Assert.Equal(0.0, result.PValue);
    }
}
