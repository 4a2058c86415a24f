using Judge.Stats.Scoring;

namespace Judge.Stats.Tests.Scoring;

public class ThresholdScoreClassifierTests
{
    [Theory]
    [InlineData(95.0, "Pass")]
    [InlineData(94.99, "Marginal")]
    [InlineData(75.0, "Marginal")]
    [InlineData(74.99, "Fail")]
    [InlineData(0.0, "Fail")]
    public void ThresholdsAreInclusive(double score, string expected)
    {
        var result = ThresholdScoreClassifier.Classify(new ScoreSummary(score, null, []), new ScoreThresholds(95, 75));
        Assert.Equal((score, expected, ""), (result.Score, result.Classification, result.ClassificationReason));
    }

    [Fact]
    public void ShortCircuitReasonIsKept()
    {
        var result = ThresholdScoreClassifier.Classify(new ScoreSummary(0, "Canary Failed: x", []), new ScoreThresholds(95, 75));
        Assert.Equal(("Fail", "Canary Failed: x"), (result.Classification, result.ClassificationReason));
    }
}

public class ScoreRoundingTests
{
    [Theory]
    [InlineData(33.333333333333336, 33.33)]
    [InlineData(66.66666666666667, 66.67)]
    [InlineData(0.125, 0.13)]
    [InlineData(1.005, 1.01)] // binary 1.00499999… but commons-math rounds the decimal form "1.005" half-up
    [InlineData(2.675, 2.68)]
    [InlineData(-0.125, -0.13)]
    [InlineData(100.0, 100.0)]
    public void RoundsTheDecimalFormHalfUp(double value, double expected) => Assert.Equal(expected, ScoreRounding.Round(value, 2));
}
