using Judge.Stats.Configuration;

namespace Judge.Stats.Judging;

/// <summary>The relative change a metric's detectable effect is held against to call its evidence low.</summary>
internal static class LowEvidence
{
    /// <summary>Used where the config allows any change (Kayenta's default thresholds of 1.0) or measures by cles.</summary>
    public const double DefaultTolerance = 0.10;

    /// <summary>The allowed mean-ratio change in the watched direction(s), the smaller where both are set.</summary>
    public static double Tolerance(MetricAnalysisConfig config)
    {
        var effect = config.EffectSize;
        if (effect.Measure != EffectSizeMeasure.MeanRatio)
            return DefaultTolerance;
        double? increase = effect.AllowedIncrease > 1 ? effect.AllowedIncrease - 1 : null;
        double? decrease = effect.AllowedDecrease < 1 ? 1 - effect.AllowedDecrease : null;
        var allowed = config.Direction switch
        {
            Direction.Increase => increase,
            Direction.Decrease => decrease,
            _ => increase is null ? decrease : decrease is null ? increase : Math.Min(increase.Value, decrease.Value),
        };
        return allowed ?? DefaultTolerance;
    }
}
