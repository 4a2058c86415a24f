using Judge.Stats.Judging;
using static Judge.Stats.Tests.Judging.KayentaVectors;
using Judge.Stats.Configuration;

namespace Judge.Stats.Tests.Judging;

/// <summary>Kayenta's ClassifierSuite (kayenta.md 3.4): MannWhitneyClassifier(tolerance 0.10, conf 0.95) unless noted.</summary>
public class KayentaClassifierSuiteTests
{
    private static readonly MetricClassifier Classifier = NetflixAcaJudge.CreateClassifier(0.10, 0.95);

    private static readonly double[] HighExp = [20, 22, 21, 25, 30];
    private static readonly double[] LowCtrl = [1, 2.2, 1.1, 2.5, 3];

    private static MetricAnalysisConfig Config(Direction direction = Direction.Either, bool critical = false,
        (double Decrease, double Increase)? effect = null, (double Decrease, double Increase)? criticalThr = null,
        NanStrategy nan = NanStrategy.Remove, EffectSizeMeasure measure = EffectSizeMeasure.MeanRatio)
    {
        var defaults = EffectSizeConfig.Default(measure);
        var (allowedDec, allowedInc) = effect ?? (defaults.AllowedDecrease, defaults.AllowedIncrease);
        var (criticalDec, criticalInc) = criticalThr ?? (defaults.CriticalDecrease, defaults.CriticalIncrease);
        return new MetricAnalysisConfig
        {
            Direction = direction,
            Critical = critical,
            NanStrategy = nan,
            EffectSize = new EffectSizeConfig(measure, allowedInc, allowedDec, criticalInc, criticalDec),
        };
    }

    private static MetricClassification Classify(double[] experiment, double[] control, MetricAnalysisConfig config,
        MetricClassifier? classifier = null) =>
        (classifier ?? Classifier).Classify("test-metric", control, experiment, config);

    public static TheoryData<string, double[], double[], Direction, string> DirectionCases() => new()
    {
        { "pass", V1, V2, Direction.Either, "Pass" },
        { "high", V3, V2, Direction.Either, "High" },
        { "low", V1, V4, Direction.Either, "Low" },
        { "increase-only ignores low", V1, V4, Direction.Increase, "Pass" },
        { "decrease-only ignores high", V3, V2, Direction.Decrease, "Pass" },
        { "increase-only high", V3, V2, Direction.Increase, "High" },
        { "decrease-only low", V1, V4, Direction.Decrease, "Low" },
    };

    [Theory]
    [MemberData(nameof(DirectionCases))]
    public void DirectionDecidesWhichShiftCounts(string label, double[] experiment, double[] control, Direction direction,
        string expected)
    {
        var result = Classify(experiment, control, Config(direction));
        Assert.True(expected == result.Classification, $"{label}: {result.Reason}");
        Assert.False(result.Critical);
    }

    [Fact]
    public void LowWithinAllowedDecreaseStaysLow() =>
        Assert.Equal("Low", Classify(V1, V4, Config(Direction.Decrease, effect: (0.8, 1.2))).Classification);

    [Fact]
    public void HighBeyondAllowedIncrease()
    {
        var result = Classify(HighExp, LowCtrl, Config(effect: (0.8, 1.2)));
        Assert.Equal("High", result.Classification);
        Assert.Equal(23.6 / 1.96, result.Metadata!.Ratio, 10);
    }

    [Fact]
    public void DecreaseSmallerThanAllowedIsPass()
    {
        var result = Classify([10, 12.2, 10.1, 12.5, 23], HighExp, Config(effect: (0.5, 1.0)));
        Assert.Equal("Pass", result.Classification);
        Assert.Equal(13.56 / 23.6, result.Metadata!.Ratio, 10);
    }

    [Fact]
    public void CriticalHigh()
    {
        var result = Classify(HighExp, LowCtrl, Config(critical: true, criticalThr: (1.0, 1.2)));
        Assert.Equal(("High", true), (result.Classification, result.Critical));
    }

    [Fact]
    public void CriticalLow()
    {
        var result = Classify([2, 2, 2, 2, 3], [10, 20.2, 10.1, 20.5, 30], Config(critical: true, criticalThr: (1.2, 1.0)));
        Assert.Equal(("Low", true), (result.Classification, result.Critical));
    }

    [Fact]
    public void HighBelowCriticalIncreaseIsNotCritical()
    {
        var result = Classify(HighExp, LowCtrl, Config(critical: true, effect: (1, 5), criticalThr: (1, 13)));
        Assert.Equal(("High", false), (result.Classification, result.Critical));
    }

    [Fact]
    public void EffectBelowAllowedIncreaseIsPassEvenWhenCritical()
    {
        var result = Classify(HighExp, LowCtrl, Config(critical: true, effect: (1, 13), criticalThr: (1, 15)));
        Assert.Equal(("Pass", false), (result.Classification, result.Critical));
    }

    [Fact]
    public void CriticalWithDefaultThresholds()
    {
        var result = Classify(HighExp, LowCtrl, Config(critical: true));
        Assert.Equal(("High", true), (result.Classification, result.Critical));
    }

    [Fact]
    public void AllTiedSingleValueIsPass() =>
        Assert.Equal("Pass", Classify([1, 1, 1], [1, 1], Config(Direction.Decrease)).Classification);

    [Fact]
    public void IdenticalPopulationsArePass()
    {
        var result = Classify([1, 2, 3, 4, 5], [5, 4, 3, 2, 1], Config(Direction.Decrease));
        Assert.Equal(("Pass", "identical"), (result.Classification, result.Path));
        Assert.Equal(1.0, result.Metadata!.Ratio);
    }

    [Fact]
    public void LeadingZeroIsPass() =>
        Assert.Equal("Pass", Classify([0, 1, 1, 1, 1], [1, 1, 1, 1, 1], Config(Direction.Decrease)).Classification);

    [Fact]
    public void MissingExperimentData()
    {
        double[] control = [1, 2, 3, 4, 5];
        var plain = Classify([], control, Config(Direction.Decrease));
        Assert.Equal(("Nodata", false), (plain.Classification, plain.Critical));
        var critical = Classify([], control, Config(Direction.Decrease, critical: true));
        Assert.Equal(("Nodata", true), (critical.Classification, critical.Critical));
        var replaced = Classify([], control, Config(Direction.Decrease, nan: NanStrategy.Replace));
        Assert.Equal(("Pass", false), (replaced.Classification, replaced.Critical));
    }

    [Fact]
    public void MissingDataOnBothSidesHasAReason()
    {
        var result = Classify([], [], Config(critical: true));
        Assert.Equal("Nodata", result.Classification);
        Assert.StartsWith("Missing data for test-metric", result.Reason);
    }

    [Fact]
    public void OneOutlierAmongTiesIsPass() =>
        Assert.Equal("Pass", Classify([1, 1, 1, 1, 10], [1, 1, 1, 1, 1], Config()).Classification);

    [Fact]
    public void ConstantSeriesGoThroughTheNoisePath()
    {
        var result = Classify([10, 10, 10, 10, 10], [1, 1, 1, 1, 1], Config());
        Assert.Equal(("High", "mann-whitney"), (result.Classification, result.Path));
    }

    [Fact]
    public void ConstantSeriesAgainstZeros() =>
        Assert.Equal("High", Classify([10, 10, 10, 10, 10], [0, 0, 0, 0, 0], Config()).Classification);

    [Fact]
    public void HighAgainstZeroControlHasUndefinedRatio()
    {
        var result = Classify([54.9, 54.5, 55.1, 55.6, 57.4], [0, 0, 0, 0, 0], Config(effect: (0.8, 1.2)));
        Assert.Equal("High", result.Classification);
        Assert.True(double.IsNaN(result.Metadata!.Ratio));
    }

    [Fact]
    public void LowAgainstZeroExperimentHasUndefinedRatio()
    {
        var result = Classify([0, 0, 0, 0, 0], [54.9, 54.5, 55.1, 55.6, 57.4], Config(effect: (0.8, 1.2)));
        Assert.Equal("Low", result.Classification);
        Assert.True(double.IsNaN(result.Metadata!.Ratio));
    }

    [Fact]
    public void ErrorRateAgainstZerosIsCriticalHigh()
    {
        double[] experiment =
        [
            0.05000000074505806, 0.05000000074505806, 0.01666666753590107, 0.01666666753590107, 0.01666666753590107,
            0.05000000074505806, 0.03333333507180214, 0.05000000260770321, 0.05000000260770321, 0.13333333656191826,
        ];
        var result = Classify(experiment, new double[10],
            Config(nan: NanStrategy.Replace, critical: true, criticalThr: (0.8, 1.2)));
        Assert.Equal(("High", true), (result.Classification, result.Critical));
    }

    [Fact]
    public void ZerosAgainstZerosArePassWithRatioOne()
    {
        var result = Classify(new double[5], new double[5], Config(effect: (0.8, 1.2)));
        Assert.Equal("Pass", result.Classification);
        Assert.Equal(1.0, result.Metadata!.Ratio);
    }

    [Fact]
    public void ClesEffectSizeLow()
    {
        var classifier = NetflixAcaJudge.CreateClassifier(0.20, 0.98);
        var result = Classify(ClesLowExperiment, ClesLowControl,
            Config(effect: (0.2, 0.8), measure: EffectSizeMeasure.Cles), classifier);
        Assert.Equal("Low", result.Classification);
        Assert.Equal("cles", result.Metadata!.EffectSizeMeasure);
        Assert.Equal(0.12, result.Metadata.EffectSize!.Value, 12);
    }
}
