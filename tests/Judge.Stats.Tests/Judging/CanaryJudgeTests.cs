using Judge.Stats.Judging;
using static Judge.Stats.Tests.Judging.KayentaVectors;
using Judge.Stats.Configuration;
using Judge.Stats.Results;
using Judge.Stats.Scoring;

namespace Judge.Stats.Tests.Judging;

/// <summary>The two judges end to end: per-metric results, stats, muted metrics, group scores and the summary.</summary>
public class CanaryJudgeTests
{
    private static readonly ScoreThresholds Thresholds = new(95, 75);

    private static MetricPairInput Metric(string name, double[] control, double[] experiment, string group,
        MetricAnalysisConfig? analysis = null) =>
        new(name + "-id", name, [group], new Dictionary<string, string> { ["region"] = "eu" }, control, experiment,
            analysis ?? new MetricAnalysisConfig());

    public static TheoryData<string> JudgeNames() => new(JudgeCatalog.All.Select(j => j.Name));

    [Fact]
    public void CatalogListsTheExactJudgeFirst()
    {
        Assert.Equal(["ExactACAJudge-v2", "ExactACAJudge-v1", "NetflixACAJudge-v1.0"], JudgeCatalog.All.Select(j => j.Name));
        Assert.IsType<ExactAcaJudgeV2>(JudgeCatalog.Default);
        Assert.IsType<NetflixAcaJudge>(JudgeCatalog.Find("netflixacajudge-v1.0"));
        Assert.Same(JudgeCatalog.Default, JudgeCatalog.Find(null));
        Assert.False(JudgeCatalog.TryFind("dredd-v1.0", out _));
        var error = Assert.Throws<ArgumentException>(() => JudgeCatalog.Find("dredd-v1.0"));
        Assert.Equal("judge 'dredd-v1.0' is unknown; known judges: ExactACAJudge-v2, ExactACAJudge-v1, NetflixACAJudge-v1.0 (Parameter 'name')",
            error.Message);
    }

    [Theory]
    [MemberData(nameof(JudgeNames))]
    public void JudgesHalfFailingMetricsAsMarginalOrFail(string judgeName)
    {
        var judge = JudgeCatalog.Find(judgeName);
        var input = new CanaryJudgeInput(
            [
                Metric("p99_latency", V2, V3, "latency"),
                Metric("error_count", V2, V1, "latency"),
                Metric("cpu", V2, V1, "system"),
            ],
            new Dictionary<string, double> { ["latency"] = 50, ["system"] = 50 },
            Thresholds);

        var result = judge.Judge(input);

        Assert.Equal(judgeName, result.JudgeName);
        Assert.Equal(["High", "Pass", "Pass"], result.Results.Select(r => r.Classification));
        Assert.Equal([("latency", 50.0), ("system", 100.0)], result.GroupScores.Select(g => (g.Name, g.Score)));
        Assert.All(result.GroupScores, g => Assert.Equal(("", ""), (g.Classification, g.ClassificationReason)));
        Assert.Equal(new CanaryJudgeScore(75.0, "Marginal", ""), result.Score);

        var first = result.Results[0];
        Assert.Equal(("p99_latency-id", "p99_latency", "eu"), (first.Id, first.Name, first.Tags["region"]));
        Assert.Equal(["latency"], first.Groups);
        Assert.Equal(30, first.ControlMetadata.Stats.Count);
        Assert.Equal(V3.Max(), first.ExperimentMetadata.Stats.Max);
        Assert.Equal(V3.Average(), first.ExperimentMetadata.Stats.Mean, 12);
        Assert.Equal(first.ExperimentMetadata.Stats.Mean / first.ControlMetadata.Stats.Mean, first.ResultMetadata!.Ratio, 12);
        Assert.StartsWith("p99_latency: canary higher", first.ClassificationReason);
    }

    [Fact]
    public void MutedMetricsStayInResultsButDoNotScore()
    {
        var input = new CanaryJudgeInput(
            [
                Metric("good", V2, V1, "g"),
                Metric("bad", V2, V3, "g", new MetricAnalysisConfig { Muted = true, Critical = true }),
            ],
            new Dictionary<string, double>(), Thresholds);
        var result = new ExactAcaJudge().Judge(input);
        Assert.Equal(2, result.Results.Count);
        Assert.True(result.Results[1].Muted);
        Assert.True(result.Results[1].Critical);
        Assert.Equal(new CanaryJudgeScore(100.0, "Pass", ""), result.Score);
    }

    [Fact]
    public void CriticalFailureShortCircuits()
    {
        var input = new CanaryJudgeInput(
            [Metric("good", V2, V1, "g"), Metric("bad", V2, V3, "g", new MetricAnalysisConfig { Critical = true })],
            new Dictionary<string, double>(), Thresholds);
        var result = new ExactAcaJudge().Judge(input);
        Assert.Equal(0.0, result.Score.Score);
        Assert.Equal("Fail", result.Score.Classification);
        Assert.Equal("Canary Failed: " + result.Results[1].ClassificationReason, result.Score.ClassificationReason);
        Assert.Equal(50.0, Assert.Single(result.GroupScores).Score);
    }

    [Fact]
    public void StatsAreOfThePreprocessedSeries()
    {
        var analysis = new MetricAnalysisConfig { Outliers = new OutlierConfig(OutlierStrategy.Remove, 1.5) };
        var input = new CanaryJudgeInput(
            [Metric("m", [1, 2, double.NaN, 3], [21, 23, 24, 25, 50, 29, 23, 21], "g", analysis)],
            new Dictionary<string, double>(), Thresholds);
        var result = new NetflixAcaJudge().Judge(input).Results[0];
        Assert.Equal(new DescriptiveStats(1, 3, 2, 1, 3, 2), result.ControlMetadata.Stats);
        Assert.Equal(7, result.ExperimentMetadata.Stats.Count);
        Assert.Equal(29, result.ExperimentMetadata.Stats.Max);
    }

    [Theory]
    [MemberData(nameof(JudgeNames))]
    public void ErrorResultHasNoMetadataAndDoesNotScore(string judgeName)
    {
        // A non-finite value makes the rank test refuse the samples.
        var input = new CanaryJudgeInput([Metric("m", [1, 2, 3], [1, 2, double.PositiveInfinity], "g"), Metric("ok", V2, V1, "g")],
            new Dictionary<string, double>(), Thresholds);
        var result = JudgeCatalog.Find(judgeName).Judge(input);
        Assert.Equal(("Error", "Metric Classification Failed", false),
            (result.Results[0].Classification, result.Results[0].ClassificationReason, result.Results[0].Critical));
        Assert.Null(result.Results[0].ResultMetadata);
        Assert.Equal(100.0, result.Score.Score);
    }

    [Fact]
    public void ExactJudgeComparesTwoConstantsWithoutNoise()
    {
        var input = new CanaryJudgeInput([Metric("m", [1, 1, 1, 1, 1], [10, 10, 10, 10, 10], "g")],
            new Dictionary<string, double>(), Thresholds);
        var meta = new ExactAcaJudge().Judge(input).Results[0].ResultMetadata!;
        Assert.Equal((9.0, 9.0, 9.0, 2.25), (meta.CiLower!.Value, meta.CiUpper!.Value, meta.Estimate!.Value, meta.UpperBound!.Value));
    }

    [Fact]
    public void KayentaJudgeIsDeterministicOnDegenerateData()
    {
        var input = new CanaryJudgeInput([Metric("m", [1, 1, 1, 1, 1], [10, 10, 10, 10, 10], "g")],
            new Dictionary<string, double>(), Thresholds);
        var first = new NetflixAcaJudge().Judge(input).Results[0];
        var second = new NetflixAcaJudge().Judge(input).Results[0];
        Assert.Equal("High", first.Classification);
        Assert.Equal(first.ResultMetadata, second.ResultMetadata);
        Assert.NotEqual(9.0, first.ResultMetadata!.CiLower); // noise was added
    }

    [Fact]
    public void ResultMetadataCarriesTheComparison()
    {
        var input = new CanaryJudgeInput([Metric("m", V2, V3, "g", new MetricAnalysisConfig
        {
            EffectSize = EffectSizeConfig.Default(EffectSizeMeasure.Cles),
        })], new Dictionary<string, double>(), Thresholds);
        var meta = new ExactAcaJudge().Judge(input).Results[0].ResultMetadata!;
        Assert.Equal("cles", meta.EffectSizeMeasure);
        Assert.InRange(meta.EffectSize!.Value, 0.9, 1.0);
        Assert.Equal(V3.Average() / V2.Average(), meta.Ratio, 12);
        Assert.True(meta.PValue < 1e-6);
        Assert.True(meta.CiLower < meta.Estimate && meta.Estimate < meta.CiUpper);
        Assert.Equal(0.25 * Math.Abs(meta.Estimate!.Value), meta.UpperBound);
        Assert.Equal(-meta.UpperBound, meta.LowerBound);
        Assert.Equal("exact-small", meta.Regime); // 30 untied values per side
    }

    [Fact]
    public void BadInputNamesTheField()
    {
        var input = new CanaryJudgeInput([Metric("m", null!, [1], "g")], new Dictionary<string, double>(), Thresholds);
        var error = Assert.Throws<ArgumentException>(() => new ExactAcaJudge().Judge(input));
        Assert.Contains("metrics[0].control", error.Message);
    }
}
