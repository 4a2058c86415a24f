using Judge.Stats.Configuration;
using Judge.Stats.Exact;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>A classifier is built only with a finite tolerance ≥ 0 and a confidence level strictly inside (0, 1).</summary>
public class MetricClassifierArgumentTests
{
    private static MetricClassifier Build(double tolerance, double confidenceLevel) =>
        new(new ExactMannWhitney(), DegenerateDataHandling.None, tolerance, confidenceLevel);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ToleranceMustBeFiniteAndNotNegative(double tolerance)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Build(tolerance, 0.98));
        Assert.Equal("tolerance", error.ParamName);
        Assert.StartsWith("tolerance must be a finite number ≥ 0", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void ConfidenceLevelMustLieStrictlyInsideZeroToOne(double confidenceLevel)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Build(0.25, confidenceLevel));
        Assert.Equal("confidenceLevel", error.ParamName);
        Assert.StartsWith("confidence level must be in (0, 1)", error.Message);
    }

    [Fact]
    public void ZeroToleranceAndLevelsNearTheEndsAreAccepted()
    {
        var classifier = Build(0, Math.BitDecrement(1.0));
        Assert.Equal(MetricVerdicts.Pass, classifier.Classify("m", [1, 2, 3], [1, 2, 3], new MetricAnalysisConfig()).Classification);
        Build(0.25, double.Epsilon);
    }

    [Fact]
    public void TheTestIsRequired() =>
        Assert.Throws<ArgumentNullException>(() => new MetricClassifier(null!, DegenerateDataHandling.None, 0.25, 0.98));
}
