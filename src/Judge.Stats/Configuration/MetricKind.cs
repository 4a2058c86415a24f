namespace Judge.Stats.Configuration;

/// <summary>What a metric's values are (analysisConfigurations.canary.metricKind; ExactACAJudge-v2 reads it).</summary>
public enum MetricKind
{
    /// <summary>Measurements (latency, CPU, ratios): compared by the rank test of location shift.</summary>
    Continuous,

    /// <summary>Event counts per step (errors per minute): compared as rates on the totals.</summary>
    Count,
}
