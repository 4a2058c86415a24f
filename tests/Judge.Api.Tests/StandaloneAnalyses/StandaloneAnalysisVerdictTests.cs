using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>Kayenta's GenerateCanaryAnalysisResultTaskTest vectors (kayenta.md 3.4) and its messages.</summary>
public sealed class StandaloneAnalysisVerdictTests
{
    [Theory]
    [InlineData(95.0, null, null, true, "No score thresholds were specified.")]
    [InlineData(60.0, 75.0, 95.0, false, "Final canary score 60.0 is not above the marginal score threshold.")]
    [InlineData(85.0, 75.0, null, true, "No pass score threshold was specified.")]
    [InlineData(85.0, 75.0, 95.0, false, "Final canary score 85.0 is below the pass score threshold.")]
    [InlineData(97.0, 75.0, 95.0, true, "Final canary score 97.0 met or exceeded the pass score threshold.")]
    [InlineData(75.0, 75.0, 95.0, false, "Final canary score 75.0 is not above the marginal score threshold.")]
    [InlineData(95.0, 75.0, 95.0, true, "Final canary score 95.0 met or exceeded the pass score threshold.")]
    [InlineData(33.33, 75.0, 95.0, false, "Final canary score 33.33 is not above the marginal score threshold.")]
    public void The_last_score_is_judged_against_the_thresholds(double last, double? marginal, double? pass, bool didPass, string message)
    {
        var verdict = StandaloneAnalysisVerdict.Of([10.0, last], marginal, pass);

        Assert.Equal(didPass, verdict.DidPassThresholds);
        Assert.Equal(message, verdict.Message);
    }

    [Fact]
    public void Earlier_scores_do_not_count()
    {
        Assert.True(StandaloneAnalysisVerdict.Of([0.0, 0.0, 100.0], 75, 95).DidPassThresholds);
        Assert.False(StandaloneAnalysisVerdict.Of([100.0, 100.0, 0.0], 75, 95).DidPassThresholds);
    }

    [Fact]
    public void No_judgements_is_a_failure()
    {
        var verdict = StandaloneAnalysisVerdict.Of([], 75, 95);

        Assert.False(verdict.DidPassThresholds);
        Assert.Equal("There were no successful canary judgements to aggregate", verdict.Message);
    }

    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(66.67, "66.67")]
    [InlineData(0.1, "0.1")]
    public void Scores_are_printed_as_java_prints_a_double(double score, string text) =>
        Assert.Equal(text, StandaloneAnalysisVerdict.JavaDouble(score));
}
