using Judge.Stats.LocationShift;
using Judge.Stats.MannWhitney;

namespace Judge.Stats.Tests.MannWhitney;

/// <summary>Vectors from Kayenta's MannWhitneySuite (its assertions are at 1e-6 unless noted).</summary>
public class KayentaMannWhitneySuiteTests
{
    private readonly KayentaMannWhitney _test = new();

    [Fact]
    public void SeparatedSmallSamplesFallBackToTheSearchBounds()
    {
        double[] experiment = [10, 20, 30, 40];
        double[] control = [1, 2, 3, 4];

        var result = _test.Compare(experiment, control, 0.95);

        Assert.Equal(6.0, result.CiLower, 1e-6);
        Assert.Equal(39.0, result.CiUpper, 1e-6);
        Assert.Equal(22.5, result.Estimate, 1e-6);
        Assert.Equal(16.0, result.Statistic);
        Assert.Equal("normal", result.Regime);
    }

    [Fact]
    public void TiesOutWithR()
    {
        double[] control =
        [
            1.5, 6.0, 5.0, 2.5, 2.5, 2.0, 2.0, 3.5, 3.0, 3.0, 3.0, 2.0, 3.0, 8.0, 4.0, 2.5, 3.0, 2.5, 2.5, 2.0, 2.5, 2.0, 2.0,
            2.5, 3.5, 3.0, 1.5, 5.0, 2.5, 5.5, 2.0, 2.5, 3.5, 2.0, 2.5, 4.0, 2.0, 2.0, 2.0, 2.0, 5.5, 4.5, 4.0, 3.0, 3.0,
            3.5, 2.5, 3.0, 2.5, 4.0, 6.0, 2.0, 5.0, 6.0, 3.5, 3.0, 54.5, 3.0, 5.0, 6.0, 3.5, 4.5, 2.5, 2.0, 6.0, 5.0, 2.5,
            3.5, 2.0, 3.0, 2.5, 3.5, 3.5, 2.5, 3.0, 4.5, 3.0, 15.5, 5.0, 2.5, 3.0, 4.0, 3.5, 4.0, 4.0, 2.0, 4.5, 2.5, 4.0, 3.0,
        ];
        double[] experiment =
        [
            2.5, 2.5, 2.0, 2.5, 3.5, 2.0, 3.5, 1.5, 3.0, 3.0, 2.5, 3.5, 2.0, 2.5, 2.0, 2.0, 5.0, 3.0, 2.0, 1.5, 2.0, 4.0, 3.0,
            2.5, 3.0, 2.0, 2.0, 2.0, 2.5, 3.5, 1.5, 1.5, 3.5, 2.0, 2.5, 2.5, 3.0, 3.5, 2.5, 6.5, 2.5, 4.0, 2.5, 3.0,
            2.5, 6.5, 2.5, 3.0, 1.5, 2.0, 2.5, 3.0, 7.5, 1.5, 2.0, 4.0, 2.5, 2.0, 2.5, 3.5, 4.0, 2.5, 3.0, 2.5, 2.0, 3.5,
            3.0, 16.5, 3.0, 3.0, 7.0, 4.5, 5.0, 2.0, 3.5, 6.0, 1.5, 3.0, 2.5, 4.0, 3.0, 1.5, 5.0, 3.0, 2.5, 5.5, 3.0, 1.5,
            2.5, 6.0,
        ];

        var result = KayentaMannWhitney.Analyze(experiment, control, 0.95);

        Assert.Equal(-0.500002521696696, result.CiLower, 1e-6);
        Assert.Equal(-3.486287505871302e-5, result.CiUpper, 1e-6);
        // Kayenta's suite compares its continuity-corrected estimate with R's at 1e-4 only.
        Assert.Equal(-0.4999393907180323, result.KayentaEstimate, 1e-4);
        Assert.Equal(-0.4999393907180323, result.REstimate, 1e-4);
    }

    [Theory]
    [InlineData(new double[] { 3, 3, 3 }, new double[] { 3, 3 })]
    [InlineData(new double[] { 7 }, new double[] { 2 })]
    [InlineData(new double[] { 10, 10, 10, 10, 10 }, new double[] { 1, 1, 1, 1, 1 })]
    public void AllTiedAtASearchBoundIsAnError(double[] experiment, double[] control)
    {
        var error = Assert.Throws<AllObservationsTiedException>(() => _test.Compare(experiment, control, 0.98));
        Assert.Contains("all observations are tied", error.Message);
    }

    [Fact]
    public void RankSumStaysDefinedWhereTheIntervalIsNot()
    {
        var differentConstants = KayentaMannWhitney.RankSum([10, 10, 10, 10, 10], [1, 1, 1, 1, 1]);
        Assert.Equal(25.0, differentConstants.Statistic);
        Assert.Equal(0.003976751709788651, differentConstants.PValue, 1e-15);

        var allEqual = KayentaMannWhitney.RankSum([3, 3, 3], [3, 3]);
        Assert.Equal(3.0, allEqual.Statistic);
        Assert.True(double.IsNaN(allEqual.PValue));
    }

    [Fact]
    public void BadInputNamesTheSample()
    {
        var empty = Assert.Throws<ArgumentException>(() => _test.Compare([], [1.0, 2.0], 0.98));
        Assert.Equal("experiment", empty.ParamName);
        var nan = Assert.Throws<ArgumentException>(() => _test.Compare([1.0, 2.0], [1.0, double.NaN], 0.98));
        Assert.Equal("control", nan.ParamName);
        var infinite = Assert.Throws<ArgumentException>(() => KayentaMannWhitney.RankSum([double.PositiveInfinity], [1.0]));
        Assert.Equal("experiment", infinite.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => _test.Compare([1.0, 2.0], [3.0, 4.0], 1.0));
    }

    [Fact]
    public void BadInputSaysWhatIsWrong()
    {
        var empty = Assert.Throws<ArgumentException>(() => _test.Compare([1.0, 2.0], [], 0.98));
        Assert.StartsWith("control must hold at least one value.", empty.Message);
        var nan = Assert.Throws<ArgumentException>(() => KayentaMannWhitney.RankSum([1.0, double.NaN], [1.0]));
        Assert.StartsWith("experiment[1] is NaN; the test needs finite values.", nan.Message);
    }
}
