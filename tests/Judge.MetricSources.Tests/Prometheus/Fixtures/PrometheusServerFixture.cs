using Judge.Tests.Shared.Prometheus;

namespace Judge.MetricSources.Tests.Prometheus.Fixtures;

/// <summary>A real Prometheus on 127.0.0.1 holding <see cref="PrometheusHistory"/>.</summary>
public sealed class PrometheusServerFixture : BackfilledPrometheus
{
    protected override string History() => PrometheusHistory.OpenMetrics();
}

[CollectionDefinition(Name)]
public sealed class PrometheusServerCollection : ICollectionFixture<PrometheusServerFixture>
{
    public const string Name = "real prometheus";
}
