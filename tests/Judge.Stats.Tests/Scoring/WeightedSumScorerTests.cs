using Judge.Stats.Results;
using Judge.Stats.Scoring;

namespace Judge.Stats.Tests.Scoring;

/// <summary>Kayenta's ScorerSuite (kayenta.md 3.4) and the scoring rules of 3.3.</summary>
public class WeightedSumScorerTests
{
    private static readonly DescriptiveStats NoStats = new(0, 0, 0, 0, 0, 0);
    private static readonly Dictionary<string, double> NoWeights = [];

    private static CanaryAnalysisResult Result(string classification, string group = "test-group", bool critical = false,
        bool muted = false, string? reason = null) =>
        new("id", "metric", new Dictionary<string, string>(), [group], classification, reason, critical, muted,
            new MetricSideMetadata(NoStats), new MetricSideMetadata(NoStats), new ResultMetadata(1.0));

    private static ScoreSummary Score(Dictionary<string, double> weights, params CanaryAnalysisResult[] results) =>
        new WeightedSumScorer(weights).Score(results);

    [Fact]
    public void SinglePass() => Assert.Equal(100.0, Score(NoWeights, Result("Pass")).Summary);

    [Fact]
    public void SingleHigh() => Assert.Equal(0.0, Score(NoWeights, Result("High")).Summary);

    [Fact]
    public void NodataAloneFailsOnTheNodataRule()
    {
        var score = Score(NoWeights, Result("Nodata"));
        Assert.Equal(0.0, score.Summary);
        Assert.Equal("Canary Failed: 50% or more metrics returned NODATA", score.FailureReason);
        Assert.Equal(new GroupScore("test-group", 0.0, NoData: true), Assert.Single(score.GroupScores));
    }

    [Fact]
    public void NodataGroupReportsZeroButCountsAsFull()
    {
        var score = Score(NoWeights, Result("Pass", "A"), Result("Pass", "A"), Result("Nodata", "B"));
        Assert.Equal(100.0, score.Summary);
        Assert.Null(score.FailureReason);
        Assert.Equal([("A", 100.0), ("B", 0.0)], score.GroupScores.Select(g => (g.Name, g.Score)));
    }

    [Fact]
    public void PassAndHigh() => Assert.Equal(50.0, Score(NoWeights, Result("Pass"), Result("High")).Summary);

    [Fact]
    public void ThirdsRoundToTwoDecimals() =>
        Assert.Equal(33.33, Score(NoWeights, Result("Pass"), Result("High"), Result("Low")).Summary);

    [Fact]
    public void Weights75To25() =>
        Assert.Equal(75.0, Score(new() { ["g1"] = 75, ["g2"] = 25 }, Result("Pass", "g1"), Result("Pass", "g1"), Result("High", "g2")).Summary);

    [Fact]
    public void Weights50To50() =>
        Assert.Equal(25.0, Score(new() { ["g1"] = 50, ["g2"] = 50 }, Result("Pass", "g1"), Result("High", "g1"), Result("High", "g2")).Summary);

    [Fact]
    public void NodataIsLeftOutOfTheGroupScore() =>
        Assert.Equal(50.0, Score(new() { ["g1"] = 50, ["g2"] = 50 }, Result("Pass", "g1"), Result("Nodata", "g1"), Result("High", "g2")).Summary);

    [Fact]
    public void CriticalHighFailsTheCanary()
    {
        var score = Score(NoWeights, Result("Pass"), Result("High", critical: true, reason: "latency: canary higher"));
        Assert.Equal(0.0, score.Summary);
        Assert.Equal("Canary Failed: latency: canary higher", score.FailureReason);
    }

    [Fact]
    public void CriticalPassDoesNotFail() =>
        Assert.Equal(50.0, Score(NoWeights, Result("Low"), Result("Pass", critical: true)).Summary);

    [Fact]
    public void CriticalNodataFails() =>
        Assert.Equal(0.0, Score(NoWeights, Result("Pass"), Result("Nodata", critical: true)).Summary);

    [Fact]
    public void Weights15To85() =>
        Assert.Equal(5.0, Score(new() { ["g1"] = 15, ["g2"] = 85 },
            Result("High", "g1"), Result("Low", "g1"), Result("Pass", "g1"), Result("High", "g2")).Summary);

    [Fact]
    public void UnweightedGroupsShareTheRest()
    {
        // g1 weighted 40; g2 and g3 share 60 → 30 each: 0·0.4 + 100·0.3 + 50·0.3 = 45.
        var score = Score(new() { ["g1"] = 40 },
            Result("High", "g1"), Result("Pass", "g2"), Result("Pass", "g3"), Result("Low", "g3"));
        Assert.Equal(45.0, score.Summary);
    }

    [Fact]
    public void MutedResultsAreIgnored()
    {
        var score = Score(NoWeights, Result("Pass"), Result("High", critical: true, muted: true), Result("High", "other", muted: true));
        Assert.Equal(100.0, score.Summary);
        Assert.Equal(["test-group"], score.GroupScores.Select(g => g.Name));
    }

    [Fact]
    public void AllMutedScoresZeroWithoutNodataFailure()
    {
        var score = Score(NoWeights, Result("High", muted: true));
        Assert.Equal(0.0, score.Summary);
        Assert.Null(score.FailureReason);
    }

    [Fact]
    public void NodataFailMetricCountsAsFailureNotAsNodata()
    {
        var score = Score(NoWeights, Result("Pass"), Result("NodataFailMetric"));
        Assert.Equal(50.0, score.Summary);
        Assert.Null(score.FailureReason);
    }

    [Fact]
    public void ErrorIsLeftOutEverywhere() =>
        Assert.Equal(100.0, Score(NoWeights, Result("Pass"), Result("Error"), Result("Error")).Summary);

    [Fact]
    public void NodataBelowHalfDoesNotShortCircuit() =>
        Assert.Equal(100.0, Score(NoWeights, Result("Pass"), Result("Pass"), Result("Nodata")).Summary);

    [Fact]
    public void NodataAtExactlyHalfShortCircuits() =>
        Assert.Equal(0.0, Score(NoWeights, Result("Pass"), Result("Nodata", "other")).Summary);

    [Fact]
    public void MetricInTwoGroupsCountsInEach()
    {
        var both = new CanaryAnalysisResult("id", "m", new Dictionary<string, string>(), ["a", "b"], "High", "r", false, false,
            new MetricSideMetadata(NoStats), new MetricSideMetadata(NoStats), new ResultMetadata(1.0));
        var score = new WeightedSumScorer(NoWeights).Score([both, Result("Pass", "a")]);
        Assert.Equal([("a", 50.0), ("b", 0.0)], score.GroupScores.Select(g => (g.Name, g.Score)));
        Assert.Equal(25.0, score.Summary);
    }

    [Fact]
    public void RejectsNonFiniteWeights() =>
        Assert.Throws<ArgumentException>(() => new WeightedSumScorer(new Dictionary<string, double> { ["g"] = double.NaN }));

    [Fact]
    public void ARejectedWeightNamesItsGroup()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new WeightedSumScorer(new Dictionary<string, double> { ["latency"] = double.PositiveInfinity }));
        Assert.Equal("groupWeights", error.ParamName);
        Assert.StartsWith($"groupWeights[latency] must be a finite number, was {double.PositiveInfinity}", error.Message);
    }
}
