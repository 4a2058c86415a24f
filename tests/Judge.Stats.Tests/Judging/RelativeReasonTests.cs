using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>
/// Reasons write tolerances and effect-size gates in the user's terms (issue 15 item 9): a small-valued metric with
/// allowedIncrease 1.2 reads "tolerance ±x %" and "allowed up to +20 %", never "tolerance ±2.402E-05" — in every judge.
/// </summary>
public class RelativeReasonTests
{
    // Latency in seconds around 0.1 s, the canary about 1 % slower: a shift of a few 1e-4 in the metric's units.
    private static readonly double[] Baseline = [0.1000, 0.1012, 0.0995, 0.1007, 0.0991, 0.1003, 0.1010, 0.0998, 0.1005, 0.0993];
    private static readonly double[] Canary = [0.1011, 0.1020, 0.1004, 0.1016, 0.1001, 0.1013, 0.1019, 0.1008, 0.1015, 0.1003];

    private static readonly MetricAnalysisConfig AllowedTwentyPercent = new()
    {
        Direction = Direction.Increase,
        EffectSize = EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio) with { AllowedIncrease = 1.2 },
    };

    public static TheoryData<string> Judges => [ExactAcaJudge.JudgeName, NetflixAcaJudge.JudgeName, ExactAcaJudgeV2.JudgeName];

    private static MetricClassifier Classifier(string judge) => judge switch
    {
        ExactAcaJudge.JudgeName => ExactAcaJudge.CreateClassifier(),
        NetflixAcaJudge.JudgeName => NetflixAcaJudge.CreateClassifier(),
        _ => ExactAcaJudgeV2.CreateClassifier(),
    };

    [Theory]
    [MemberData(nameof(Judges))]
    public void A_small_valued_metric_reads_in_percent_of_the_baseline_with_its_allowed_increase(string judge)
    {
        var result = Classifier(judge).Classify("avg_latency_seconds", Baseline, Canary, AllowedTwentyPercent);

        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.Contains(" % of the baseline median 0.1", result.Reason);
        Assert.Matches(@"98 % CI [+-][0-9.]+ % … [+-][0-9.]+ %, p = [^,]+, tolerance ±[0-9.]+ %;", result.Reason);
        Assert.Contains("; allowed up to +20 %", result.Reason);
        Assert.DoesNotContain("E-", result.Reason);
    }

    [Theory]
    [MemberData(nameof(Judges))]
    public void A_baseline_whose_median_is_0_is_related_to_through_its_mean(string judge)
    {
        // Mostly idle: the median is 0, the mean 2; percentages of a 0 median would mean nothing.
        double[] baseline = [0, 0, 0, 0, 0, 0, 5, 5, 5, 5];
        double[] canary = [0, 0, 0, 0, 0, 6, 6, 6, 6, 6];

        var result = Classifier(judge).Classify("queue_depth", baseline, canary, new MetricAnalysisConfig());

        Assert.Contains(" % of the baseline mean 2, ", result.Reason);
    }

    [Fact]
    public void An_empty_baseline_is_located_at_a_median_of_0()
    {
        Assert.Equal(new BaselineLocation(0, "median"), BaselineLocation.Of(SortedSeries.Of([])));
        Assert.Equal(new BaselineLocation(2, "mean"), BaselineLocation.Of(SortedSeries.Of([0, 0, 0, 0, 0, 0, 5, 5, 5, 5])));
    }

    [Fact]
    public void Both_exact_judges_write_the_shift_and_the_tolerance_the_same_way()
    {
        var v1 = ExactAcaJudge.CreateClassifier().Classify("m", Baseline, Canary, AllowedTwentyPercent).Reason;
        var v2 = ExactAcaJudgeV2.CreateClassifier().Classify("m", Baseline, Canary, AllowedTwentyPercent).Reason;

        // The same independent data give v2 v1's interval, so the shared part reads identically.
        var shared = v1[(v1.IndexOf('(') + 1)..^1];
        Assert.Contains(shared, v2);
        Assert.Contains("detectable change ±", v2);
    }

    [Fact]
    public void A_gate_that_stops_a_verdict_names_the_change_and_what_is_allowed()
    {
        var config = AllowedTwentyPercent with { Direction = Direction.Either, EffectSize = AllowedTwentyPercent.EffectSize with { AllowedDecrease = 0.9 } };
        // Fully separated (canary = baseline + 1), mean ratio 11.35 / 10.35: significant, but below the allowed +20 %.
        var result = ExactAcaJudge.CreateClassifier().Classify("m",
            [10, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 10.7], [11, 11.1, 11.2, 11.3, 11.4, 11.5, 11.6, 11.7], config);

        Assert.Equal(MetricVerdicts.Pass, result.Classification);
        Assert.StartsWith("m: canary higher beyond the tolerance, but mean ratio 1.097 (+9.7 %) is within the allowed increase (", result.Reason);
        Assert.EndsWith("; allowed up to +20 %, allowed down to -10 %)", result.Reason);
    }

    [Fact]
    public void A_baseline_of_zero_keeps_the_metrics_units_and_says_why()
    {
        var result = ExactAcaJudge.CreateClassifier().Classify("errors", [0, 0, 0, 0, 0], [0.3, 0.3, 0.3, 0.3, 0.3], new MetricAnalysisConfig());

        Assert.Equal(MetricVerdicts.High, result.Classification);
        Assert.Contains("shift +0.3, 98 % CI +0.3 … +0.3, p = ", result.Reason);
        Assert.Contains(", tolerance ±0.075 (the baseline is 0); mean ratio undefined (a mean is 0)", result.Reason);
    }

    [Fact]
    public void Cles_gates_stay_in_cles()
    {
        var config = new MetricAnalysisConfig { EffectSize = EffectSizeConfig.Default(EffectSizeMeasure.Cles) with { AllowedIncrease = 0.9 } };
        var result = ExactAcaJudge.CreateClassifier().Classify("m", [1.5, 2.5], [3, 4], config);

        Assert.EndsWith("; allowed up to cles 0.9)", result.Reason);
    }
}
