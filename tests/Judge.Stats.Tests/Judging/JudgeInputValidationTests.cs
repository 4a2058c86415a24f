using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Scoring;

namespace Judge.Stats.Tests.Judging;

/// <summary>A judge refuses an incomplete input (as a library caller or deserialized JSON can pass it) naming the field.</summary>
public class JudgeInputValidationTests
{
    private static readonly ScoreThresholds Thresholds = new(95, 75);

    private static MetricPairInput Metric() =>
        new("id", "latency", ["g"], new Dictionary<string, string>(), [1, 2, 3], [1, 2, 3], new MetricAnalysisConfig());

    private static CanaryJudgeInput Input(MetricPairInput metric) => new([metric], new Dictionary<string, double>(), Thresholds);

    public static TheoryData<CanaryJudgeInput, string> Incomplete => new()
    {
        { new CanaryJudgeInput(null!, new Dictionary<string, double>(), Thresholds), "metrics must be present" },
        { new CanaryJudgeInput([Metric()], null!, Thresholds), "groupWeights must be present" },
        { new CanaryJudgeInput([Metric()], new Dictionary<string, double>(), null!), "thresholds must be present" },
        { new CanaryJudgeInput([Metric()], new Dictionary<string, double>(), new ScoreThresholds(double.NaN, 75)), "thresholds.pass and thresholds.marginal" },
        { new CanaryJudgeInput([Metric()], new Dictionary<string, double>(), new ScoreThresholds(95, double.NaN)), "thresholds.pass and thresholds.marginal" },
        { new CanaryJudgeInput([Metric(), null!], new Dictionary<string, double>(), Thresholds), "metrics[1] must not be null" },
        { Input(Metric() with { Name = null! }), "metrics[0].name must be present" },
        { Input(Metric() with { Control = null! }), "metrics[0].control (latency)" },
        { Input(Metric() with { Experiment = null! }), "metrics[0].experiment (latency)" },
        { Input(Metric() with { Analysis = null! }), "metrics[0].analysis (latency) must be present" },
        { Input(Metric() with { Groups = null! }), "metrics[0].groups (latency)" },
        { Input(Metric() with { Analysis = new MetricAnalysisConfig { EffectSize = null! } }), "effectSize and outliers must be present" },
        { Input(Metric() with { Analysis = new MetricAnalysisConfig { Outliers = null! } }), "effectSize and outliers must be present" },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void EachJudgeRefusesAnIncompleteInputNamingTheField(CanaryJudgeInput input, string message)
    {
        foreach (var judge in new ICanaryJudge[] { new ExactAcaJudge(), new ExactAcaJudgeV2(), new NetflixAcaJudge() })
        {
            var e = Assert.Throws<ArgumentException>(() => judge.Judge(input));
            Assert.Contains(message, e.Message);
            Assert.Equal("input", e.ParamName);
        }
    }

    [Fact]
    public void ANullInputIsRefused() =>
        Assert.Throws<ArgumentNullException>(() => new ExactAcaJudge().Judge(null!));

    [Fact]
    public void TheCompleteInputIsJudged() =>
        Assert.Equal(100.0, new ExactAcaJudge().Judge(Input(Metric())).Score.Score);
}
