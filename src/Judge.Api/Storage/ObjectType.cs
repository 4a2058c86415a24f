namespace Judge.Api.Storage;

/// <summary>Kayenta's object types; each maps to a folder ("group") and a default file name, as Kayenta lays them out.</summary>
public enum ObjectType
{
    CanaryConfig,
    CanaryResultArchive,
    MetricSetList,
    MetricSetPairList,
    StandaloneCanaryResultArchive,

    /// <summary>Judge's own: the looks of a gate polled repeatedly under one analysisId.</summary>
    GateAnalysis,
}

public static class ObjectTypeLayout
{
    public static string Group(this ObjectType type) => type switch
    {
        ObjectType.CanaryConfig => "canary_config",
        ObjectType.CanaryResultArchive => "canary_archive",
        ObjectType.MetricSetList => "metrics",
        ObjectType.MetricSetPairList => "metric_pairs",
        ObjectType.StandaloneCanaryResultArchive => "standalone_canary_archive",
        ObjectType.GateAnalysis => "gate_analysis",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string DefaultFileName(this ObjectType type) => type switch
    {
        ObjectType.CanaryConfig => "canary_config.json",
        ObjectType.CanaryResultArchive => "canary_archive.json",
        ObjectType.MetricSetList => "metric_sets.json",
        ObjectType.MetricSetPairList => "metric_set_pairs.json",
        ObjectType.StandaloneCanaryResultArchive => "standalone_canary_archive.json",
        ObjectType.GateAnalysis => "gate_analysis.json",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
