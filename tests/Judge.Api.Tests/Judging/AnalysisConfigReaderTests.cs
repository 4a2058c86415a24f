using System.Text.Json.Nodes;
using Judge.Api.Judging;
using Judge.Api.Problems;
using Judge.Stats.Configuration;

namespace Judge.Api.Tests.Judging;

public sealed class AnalysisConfigReaderTests
{
    private static (MetricAnalysisConfig Config, List<FieldError> Errors) Read(string canaryJson)
    {
        var errors = new List<FieldError>();
        var config = AnalysisConfigReader.Read(JsonNode.Parse($"{{\"canary\": {canaryJson}}}")!.AsObject(), "metrics[2].analysisConfigurations", errors);
        return (config, errors);
    }

    [Fact]
    public void Absent_settings_take_Kayentas_defaults()
    {
        var errors = new List<FieldError>();
        Assert.Equal(new MetricAnalysisConfig(), AnalysisConfigReader.Read(null, "x", errors));
        var (config, _) = Read("{}");
        Assert.Equal(Direction.Either, config.Direction);
        Assert.Equal(NanStrategy.Remove, config.NanStrategy);
        Assert.Equal(new EffectSizeConfig(EffectSizeMeasure.MeanRatio, 1, 1, 1, 1), config.EffectSize);
        Assert.Equal(new OutlierConfig(OutlierStrategy.Keep, 3.0), config.Outliers);
        Assert.Null(config.Bound);
        Assert.Empty(errors);
    }

    [Fact]
    public void Reads_every_setting()
    {
        var (config, errors) = Read("""
            { "direction": "Decrease", "nanStrategy": "replace", "critical": true, "mustHaveData": true, "muted": false,
              "effectSize": { "measure": "cles", "allowedDecrease": 0.6, "criticalDecrease": 0.8 },
              "outliers": { "strategy": "remove", "outlierFactor": 2 },
              "absoluteBound": { "max": 0.25, "aggregate": "p95" } }
            """);

        Assert.Empty(errors);
        Assert.Equal(Direction.Decrease, config.Direction);
        Assert.Equal(NanStrategy.Replace, config.NanStrategy);
        Assert.True(config.Critical);
        Assert.True(config.MustHaveData);
        Assert.Equal(new EffectSizeConfig(EffectSizeMeasure.Cles, 0.5, 0.6, 0.5, 0.8), config.EffectSize);
        Assert.Equal(new OutlierConfig(OutlierStrategy.Remove, 2), config.Outliers);
        Assert.Equal(new AbsoluteBound(null, 0.25, BoundAggregate.P95), config.Bound);
    }

    [Fact]
    public void Unknown_direction_and_nanStrategy_fall_back_as_in_Kayenta()
    {
        var (config, errors) = Read("""{ "direction": "sideways", "nanStrategy": "ignore" }""");

        Assert.Empty(errors);
        Assert.Equal(Direction.Either, config.Direction);
        Assert.Equal(NanStrategy.Remove, config.NanStrategy);
    }

    [Theory]
    [InlineData("""{ "critical": "true" }""", "critical")]
    [InlineData("""{ "mustHaveData": 1 }""", "mustHaveData")]
    [InlineData("""{ "direction": 3 }""", "direction")]
    [InlineData("""{ "effectSize": { "allowedIncrease": "1.1" } }""", "effectSize.allowedIncrease")]
    [InlineData("""{ "effectSize": { "criticalIncrease": -1 } }""", "effectSize.criticalIncrease")]
    [InlineData("""{ "effectSize": { "measure": "median" } }""", "effectSize.measure")]
    [InlineData("""{ "effectSize": [] }""", "effectSize")]
    [InlineData("""{ "outliers": { "outlierFactor": 0 } }""", "outliers.outlierFactor")]
    [InlineData("""{ "outliers": { "strategy": "drop" } }""", "outliers.strategy")]
    [InlineData("""{ "absoluteBound": { "aggregate": "p99", "max": 1 } }""", "absoluteBound.aggregate")]
    [InlineData("""{ "absoluteBound": { "min": 2, "max": 1 } }""", "absoluteBound.min")]
    [InlineData("""{ "absoluteBound": {} }""", "absoluteBound")]
    [InlineData("""{ "absoluteBound": { "min": "NaN" } }""", "absoluteBound.min")]
    public void Wrongly_typed_settings_are_reported_by_path(string canary, string field)
    {
        var (_, errors) = Read(canary);

        Assert.Contains(errors, e => e.Path == "metrics[2].analysisConfigurations.canary." + field);
    }

    [Fact]
    public void A_canary_that_is_not_an_object_is_reported()
    {
        var (_, errors) = Read("\"strict\"");
        Assert.Equal("metrics[2].analysisConfigurations.canary", errors.Single().Path);
    }
}
