using Judge.MetricSources.Accounts;

namespace Judge.MetricSources.Prometheus;

/// <summary>The "prometheus" account type.</summary>
public static class PrometheusProvider
{
    public const string Type = "prometheus";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<PrometheusAccountOptions, PrometheusQueryConfig>
    {
        AddAccount = PrometheusServiceCollectionExtensions.AddPrometheusAccount,
    };
}
