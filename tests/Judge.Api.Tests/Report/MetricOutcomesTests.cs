using Judge.Api.Report;
using Judge.Stats.Results;

namespace Judge.Api.Tests.Report;

public sealed class MetricOutcomesTests
{
    private static CanaryAnalysisResult Result(string name, string classification, bool critical = false, bool muted = false)
    {
        var stats = new MetricSideMetadata(new DescriptiveStats(0, 0, 0, 0, 0, 0));
        return new CanaryAnalysisResult(name, name, new Dictionary<string, string>(), [], classification, null, critical, muted, stats, stats, null);
    }

    [Theory]
    [InlineData("High", false, false, MetricOutcome.Fail, "FAIL: HIGH")]
    [InlineData("Low", true, false, MetricOutcome.CriticalFail, "FAIL: LOW")]
    [InlineData("NodataFailMetric", false, false, MetricOutcome.Fail, "FAIL: NO DATA")]
    [InlineData("Error", false, false, MetricOutcome.Fail, "FAIL: ERROR")]
    [InlineData("High", true, true, MetricOutcome.MutedFail, "MUTED: HIGH")]
    [InlineData("Nodata", false, false, MetricOutcome.NoData, "NO DATA")]
    [InlineData("Pass", true, false, MetricOutcome.Pass, "PASS")]
    [InlineData("Sideways", false, false, MetricOutcome.Unknown, "SIDEWAYS")]
    public void Each_classification_has_an_outcome_and_a_label_readable_without_colour(
        string classification, bool critical, bool muted, MetricOutcome outcome, string label)
    {
        var result = Result("m", classification, critical, muted);

        Assert.Equal(outcome, MetricOutcomes.Of(result));
        Assert.Equal(label, MetricOutcomes.Label(result));
    }

    [Fact]
    public void Failing_first_keeps_the_judges_order_within_an_outcome()
    {
        var results = new[]
        {
            Result("pass-1", "Pass"), Result("fail-1", "High"), Result("nodata", "Nodata"), Result("muted", "Low", muted: true),
            Result("critical", "Low", critical: true), Result("fail-2", "Error"), Result("pass-2", "Pass"),
        };

        var ordered = MetricOutcomes.FailingFirst(results).Select(r => r.Name);

        Assert.Equal(["critical", "fail-1", "fail-2", "muted", "nodata", "pass-1", "pass-2"], ordered);
    }
}
