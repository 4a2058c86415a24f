namespace Judge.Tests.Shared.Prometheus;

/// <summary>
/// A test fixture: a real Prometheus (<see cref="PrometheusWithHistory"/>) holding the history a subclass writes as
/// OpenMetrics (<see cref="History"/>).
/// </summary>
public abstract class BackfilledPrometheus : IAsyncLifetime
{
    private PrometheusWithHistory? _prometheus;

    public Uri BaseUrl => _prometheus?.BaseUrl ?? throw new InvalidOperationException("the Prometheus fixture has not started");

    /// <summary>The samples to backfill, as OpenMetrics text ending in <c># EOF</c>; every sample must lie in the past.</summary>
    protected abstract string History();

    public async Task InitializeAsync() => _prometheus = await PrometheusWithHistory.StartAsync(History());

    public async Task DisposeAsync()
    {
        if (_prometheus is not null) await _prometheus.DisposeAsync();
    }
}
