using System.Diagnostics.Metrics;

namespace Judge.Api.Telemetry;

/// <summary>
/// The service's own telemetry — the "Judge" meter, exported on /metrics: canary executions by final status,
/// metric-fetch latency by provider and judge runs by classification. (A canary's "metrics" are what it judges.)
/// The execution engine records into it; the fetch and judge routes record theirs.
/// </summary>
public sealed class ServiceTelemetry
{
    public const string MeterName = "Judge";

    private readonly Counter<long> _executions;
    private readonly Histogram<double> _fetchDuration;
    private readonly Counter<long> _judgements;

    public ServiceTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _executions = meter.CreateCounter<long>("judge.executions", unit: "{execution}",
            description: "Canary executions that finished, by status (succeeded, terminal, canceled).");
        _fetchDuration = meter.CreateHistogram<double>("judge.metric_fetch.duration", unit: "s",
            description: "Time to fetch one metric's series from a provider, by provider and outcome.");
        _judgements = meter.CreateCounter<long>("judge.judgements", unit: "{judgement}",
            description: "Judge runs, by judge and classification (Pass, Marginal, Fail).");
    }

    /// <param name="status">Kayenta's lowercase execution status, e.g. "succeeded" or "terminal".</param>
    public void ExecutionFinished(string status) =>
        _executions.Add(1, new KeyValuePair<string, object?>("status", status));

    /// <param name="provider">The metric source's type ("prometheus", say).</param>
    /// <param name="outcome">"success" or "failure".</param>
    public void MetricFetched(string provider, TimeSpan elapsed, string outcome) =>
        _fetchDuration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("provider", provider),
            new KeyValuePair<string, object?>("outcome", outcome));

    public void Judged(string judge, string classification) =>
        _judgements.Add(1,
            new KeyValuePair<string, object?>("judge", judge),
            new KeyValuePair<string, object?>("classification", classification));
}
