using Judge.Stats.Configuration;
using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

/// <summary>Every verdict carries a reason that states the numbers it rests on.</summary>
public class ClassificationReasonTests
{
    private static readonly MetricClassifier Exact = ExactAcaJudge.CreateClassifier();

    [Fact]
    public void HighReasonHasShiftIntervalPValueToleranceAndMeanChangeAsSharesOfTheBaseline()
    {
        // x = [3, 4] vs y = [1.5, 2.5]: interval [0.5, 2.5], estimate 1.5, p = 1/3 (oracle 6.10 example 1); the baseline's
        // median is 2, so the shift is +75 %, its interval +25 % … +125 % and the band ±0.375 is ±18.8 % of the baseline.
        var result = Exact.Classify("latency_p99", [1.5, 2.5], [3, 4], new MetricAnalysisConfig());
        Assert.Equal("High", result.Classification);
        Assert.Equal(
            "latency_p99: canary higher (shift +1.5 = +75 % of the baseline median 2, 98 % CI +25 % … +125 %, p = 0.33, "
            + "tolerance ±18.8 %; canary mean +75.0 % vs baseline)",
            result.Reason);
    }

    [Fact]
    public void PassReasonSaysNoSignificantShift()
    {
        var result = Exact.Classify("cpu", [1, 2, 3, 4, 5, 6], [1.5, 2.5, 3.5, 4.5, 5.5, 6.5], new MetricAnalysisConfig());
        Assert.Equal("Pass", result.Classification);
        Assert.StartsWith("cpu: no significant shift (shift +0.5 = +14.3 % of the baseline median 3.5, 98 % CI ", result.Reason);
        Assert.Contains("canary mean +14.3 % vs baseline", result.Reason);
    }

    [Fact]
    public void BlockedByTheEffectSizeSaysSo()
    {
        var config = new MetricAnalysisConfig { EffectSize = EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio) with { AllowedIncrease = 2 } };
        var result = Exact.Classify("m", [1.5, 2.5], [3, 4], config);
        Assert.Equal("Pass", result.Classification);
        Assert.StartsWith("m: canary higher beyond the tolerance, but mean ratio 1.75 (+75 %) is within the allowed increase (shift +1.5", result.Reason);
        Assert.EndsWith("; canary mean +75.0 % vs baseline; allowed up to +100 %)", result.Reason);
    }

    [Fact]
    public void CriticalReasonIsMarked()
    {
        var result = Exact.Classify("m", [1.5, 2.5], [3, 4], new MetricAnalysisConfig { Critical = true });
        Assert.True(result.Critical);
        Assert.EndsWith("— critical", result.Reason);
    }

    [Fact]
    public void UndefinedRatioIsExplained()
    {
        var result = Exact.Classify("errors", [0, 0, 0], [3, 4, 5], new MetricAnalysisConfig());
        Assert.Contains("mean ratio undefined (a mean is 0)", result.Reason);
    }

    [Fact]
    public void NodataReasonCountsThePoints()
    {
        var result = Exact.Classify("rps", [double.NaN, double.NaN], [1, 2, 3], new MetricAnalysisConfig());
        Assert.Equal("Missing data for rps: baseline has 0 and canary 3 usable points", result.Reason);
        var mustHave = Exact.Classify("rps", [], [1], new MetricAnalysisConfig { MustHaveData = true });
        Assert.Equal("NodataFailMetric", mustHave.Classification);
        Assert.EndsWith("(the metric must have data)", mustHave.Reason);
    }

    [Fact]
    public void IdenticalAndSingleValueReasons()
    {
        Assert.Equal("m: the canary and baseline data are identical (3 points each)",
            Exact.Classify("m", [3, 1, 2], [1, 2, 3], new MetricAnalysisConfig()).Reason);
        Assert.Equal("m: all 5 points of both series equal 7",
            Exact.Classify("m", [7, 7], [7, 7, 7], new MetricAnalysisConfig()).Reason);
    }

    [Fact]
    public void ErrorKeepsKayentasReasonAndHasNoMetadata()
    {
        var result = Exact.Classify("m", [1, 2, double.PositiveInfinity], [1, 2, 3], new MetricAnalysisConfig());
        Assert.Equal(("Error", "Metric Classification Failed", false, "error"), (result.Classification, result.Reason, result.Critical, result.Path));
        Assert.Null(result.Metadata);
    }
}

public class DirectionReasonTests
{
    [Fact]
    public void ShiftInTheUnwatchedDirectionIsExplained()
    {
        var exact = ExactAcaJudge.CreateClassifier();
        var result = exact.Classify("m", [1.5, 2.5], [3, 4], new MetricAnalysisConfig { Direction = Direction.Decrease });
        Assert.Equal("Pass", result.Classification);
        Assert.StartsWith("m: canary higher beyond the tolerance, but only decreases are judged (shift +1.5", result.Reason);
    }
}
