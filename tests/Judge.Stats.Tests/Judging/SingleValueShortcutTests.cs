using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// The single-value shortcut (Pass without a test) applies only when every value of both series is one value; a
/// series that merely contains that value, next to others, goes to the rank test.
/// </summary>
public class SingleValueShortcutTests
{
    private static readonly MetricClassifier Exact = ExactAcaJudge.CreateClassifier();
    private static readonly MetricAnalysisConfig Config = new();

    [Fact]
    public void BothSeriesOneValueTakeTheShortcut()
    {
        var result = Exact.Classify("m", [5, 5, 5, 5], [5, 5, 5], Config);
        Assert.Equal((MetricVerdicts.Pass, "single-value"), (result.Classification, result.Path));
    }

    [Fact]
    public void AConstantCanaryEqualToTheControlsFirstValueIsTestedWhenTheControlVaries()
    {
        var result = Exact.Classify("m", [5, 10, 11, 10, 12, 11, 10, 12], [5, 5, 5, 5, 5, 5, 5, 5], Config);
        Assert.Equal((MetricVerdicts.Low, "mann-whitney"), (result.Classification, result.Path));
    }

    [Fact]
    public void AVaryingCanaryIsTestedWhenTheControlIsItsFirstValueThroughout()
    {
        var result = Exact.Classify("m", [5, 5, 5, 5, 5, 5, 5, 5], [5, 10, 11, 10, 12, 11, 10, 12], Config);
        Assert.Equal((MetricVerdicts.High, "mann-whitney"), (result.Classification, result.Path));
    }
}
