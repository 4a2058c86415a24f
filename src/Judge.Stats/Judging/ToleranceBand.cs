using Judge.Stats.Configuration;

namespace Judge.Stats.Judging;

/// <summary>
/// Whether a metric's interval shows the canary within its allowed change: the upper end at most the allowed increase
/// (when increases are watched), the lower end at least minus the allowed decrease (when decreases are). The allowed
/// change is the mean-ratio threshold's distance from 1 (allowedIncrease 1.2 → +20 %), or
/// <see cref="LowEvidence.DefaultTolerance"/> where the config allows any change or measures by cles.
/// </summary>
internal static class ToleranceBand
{
    public static bool Contains(MetricEvidence evidence, MetricAnalysisConfig config)
    {
        if (!evidence.ConfidenceReachable)
            return false;
        var (increase, decrease) = Allowed(config.EffectSize);
        var upperOk = config.Direction == Direction.Decrease || evidence.RelativeUpper <= increase;
        var lowerOk = config.Direction == Direction.Increase || evidence.RelativeLower >= -decrease;
        return upperOk && lowerOk;
    }

    private static (double Increase, double Decrease) Allowed(EffectSizeConfig effect)
    {
        if (effect.Measure != EffectSizeMeasure.MeanRatio)
            return (LowEvidence.DefaultTolerance, LowEvidence.DefaultTolerance);
        return (effect.AllowedIncrease > 1 ? effect.AllowedIncrease - 1 : LowEvidence.DefaultTolerance,
            effect.AllowedDecrease < 1 ? 1 - effect.AllowedDecrease : LowEvidence.DefaultTolerance);
    }
}
