using Judge.Stats.Exact;

namespace Judge.Stats.Tests.Exact;

/// <summary>
/// Untied samples use the exact Wilcoxon distribution only while both sizes are below 50; a sample of exactly 50 on
/// either side moves the comparison to the normal regime (where the exact table does not reach).
/// </summary>
public class ExactRegimeSizeLimitTests
{
    private readonly ExactMannWhitney _test = new();

    // Distinct values throughout: the experiment on odd halves, the control on even ones, so nothing is tied.
    private static double[] Untied(int size, double offset) => Enumerable.Range(0, size).Select(i => i + offset).ToArray();

    [Theory]
    [InlineData(49, 49, ExactRegime.ExactSmall)]
    [InlineData(10, 50, ExactRegime.Normal)]
    [InlineData(50, 10, ExactRegime.Normal)]
    [InlineData(49, 50, ExactRegime.Normal)]
    [InlineData(50, 49, ExactRegime.Normal)]
    public void TheCutOffIsFiftyOnEachSide(int experimentSize, int controlSize, string regime)
    {
        var result = _test.Analyze(Untied(experimentSize, 0.5), Untied(controlSize, 0), 0.98);
        Assert.Equal(regime, result.Regime);
        Assert.True(result.CiLower <= result.Estimate && result.Estimate <= result.CiUpper);
    }

    [Fact]
    public void AControlOfFiftyAgainstASmallUntiedCanaryIsJudged()
    {
        var result = Judge.Stats.Judging.ExactAcaJudge.CreateClassifier()
            .Classify("m", Untied(50, 0), Untied(10, 100.5), new Judge.Stats.Configuration.MetricAnalysisConfig());
        Assert.Equal(("High", "mann-whitney"), (result.Classification, result.Path));
        Assert.Equal(ExactRegime.Normal, result.Metadata!.Regime);
    }
}
