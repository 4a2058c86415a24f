namespace Judge.Stats.Configuration;

public enum Direction { Either, Increase, Decrease }

public enum NanStrategy { Remove, Replace }

public enum EffectSizeMeasure { MeanRatio, Cles }

public enum OutlierStrategy { Keep, Remove }

/// <summary>An aggregate of the canary's series that an absolute bound applies to.</summary>
public enum BoundAggregate { Mean, Median, P95, Max }

/// <summary>A metric's analysis settings: Kayenta's analysisConfigurations.canary, plus Judge's absolute bound.</summary>
public sealed record MetricAnalysisConfig
{
    public Direction Direction { get; init; } = Direction.Either;
    public NanStrategy NanStrategy { get; init; } = NanStrategy.Remove;
    public bool Critical { get; init; }
    public bool MustHaveData { get; init; }
    public bool Muted { get; init; }
    public EffectSizeConfig EffectSize { get; init; } = EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio);
    public OutlierConfig Outliers { get; init; } = new();
    public AbsoluteBound? Bound { get; init; }

    /// <summary>How ExactACAJudge-v2 reads the values; the Kayenta-era judges ignore it.</summary>
    public MetricKind Kind { get; init; } = MetricKind.Continuous;

    /// <summary>Count metrics: canary traffic ÷ baseline traffic per step (1 when they share traffic evenly).</summary>
    public double TrafficRatio { get; init; } = 1.0;
}

public sealed record EffectSizeConfig(
    EffectSizeMeasure Measure,
    double AllowedIncrease,
    double AllowedDecrease,
    double CriticalIncrease,
    double CriticalDecrease)
{
    /// <summary>Kayenta's defaults: 1.0 for every threshold of meanRatio, 0.5 for cles.</summary>
    public static EffectSizeConfig Default(EffectSizeMeasure measure)
    {
        var t = measure == EffectSizeMeasure.Cles ? 0.5 : 1.0;
        return new EffectSizeConfig(measure, t, t, t, t);
    }
}

public sealed record OutlierConfig(OutlierStrategy Strategy = OutlierStrategy.Keep, double OutlierFactor = 3.0);

/// <summary>The canary's aggregate must stay within [Min, Max] (either end optional), like Flagger's thresholdRange.</summary>
public sealed record AbsoluteBound(double? Min, double? Max, BoundAggregate Aggregate = BoundAggregate.Mean);
