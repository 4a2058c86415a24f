using Judge.Stats.Configuration;
using Judge.Stats.Tests.Oracle;

namespace Judge.Stats.Tests.Judging;

/// <summary>Reads an oracle case's config the way Kayenta reads analysisConfigurations (unknown strings → defaults).</summary>
internal static class OracleCaseConfig
{
    public static MetricAnalysisConfig ToAnalysis(ClassifierCaseConfig config) => new()
    {
        Direction = config.Direction switch
        {
            "increase" => Direction.Increase,
            "decrease" => Direction.Decrease,
            _ => Direction.Either,
        },
        NanStrategy = config.NanStrategy == "replace" ? NanStrategy.Replace : NanStrategy.Remove,
        Critical = config.Critical,
        MustHaveData = config.MustHaveData,
        EffectSize = new EffectSizeConfig(
            config.EffectSize.Measure == "cles" ? EffectSizeMeasure.Cles : EffectSizeMeasure.MeanRatio,
            config.EffectSize.AllowedIncrease,
            config.EffectSize.AllowedDecrease,
            config.EffectSize.CriticalIncrease,
            config.EffectSize.CriticalDecrease),
        Outliers = new OutlierConfig(
            config.Outliers.Strategy == "remove" ? OutlierStrategy.Remove : OutlierStrategy.Keep,
            config.Outliers.OutlierFactor),
    };
}
