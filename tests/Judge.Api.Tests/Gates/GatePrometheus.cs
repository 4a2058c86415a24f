using Judge.Tests.Shared.Prometheus;

namespace Judge.Api.Tests.Gates;

/// <summary>A real Prometheus on 127.0.0.1 holding <see cref="GateHistory"/>.</summary>
public sealed class GatePrometheus : BackfilledPrometheus
{
    protected override string History() => GateHistory.OpenMetrics();
}

[CollectionDefinition(Name)]
public sealed class GatePrometheusCollection : ICollectionFixture<GatePrometheus>
{
    public const string Name = "gate prometheus";
}
