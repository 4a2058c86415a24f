using Judge.Tests.Shared.Prometheus;

namespace Judge.Api.Tests.StandaloneAnalyses.Sequential;

/// <summary>A real Prometheus on 127.0.0.1 holding <see cref="SequentialHistory"/>.</summary>
public sealed class SequentialPrometheus : BackfilledPrometheus
{
    protected override string History() => SequentialHistory.OpenMetrics();
}
