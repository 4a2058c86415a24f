using Judge.Stats.Configuration;

namespace Judge.Stats.Preprocessing;

/// <summary>The judge's transforms of one series, in Kayenta's order: NaN handling, then (optionally) IQR outlier removal.</summary>
public static class SeriesPreprocessor
{
    public static double[] Apply(IReadOnlyList<double> values, MetricAnalysisConfig config)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(config);
        var cleaned = NanHandling.Apply(values, config.NanStrategy);
        if (config.Outliers.Strategy != OutlierStrategy.Remove)
            return cleaned;
        var detector = new IqrOutlierDetector(config.Outliers.OutlierFactor, reduceSensitivity: true);
        return detector.RemoveOutliers(cleaned);
    }
}
