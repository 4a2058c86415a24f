namespace Judge.Stats.Results;

/// <summary>The classification labels of a metric result, spelled as Kayenta writes them.</summary>
public static class MetricVerdicts
{
    public const string Pass = "Pass";
    public const string High = "High";
    public const string Low = "Low";
    public const string Nodata = "Nodata";
    public const string NodataFailMetric = "NodataFailMetric";
    public const string Error = "Error";
}
