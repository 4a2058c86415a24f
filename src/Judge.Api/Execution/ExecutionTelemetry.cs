using System.Diagnostics.Metrics;

namespace Judge.Api.Execution;

/// <summary>The engine's instruments on the "Judge" meter.</summary>
public sealed class ExecutionTelemetry
{
    public const string MeterName = "Judge";

    private readonly Counter<long> executions;
    private readonly Histogram<double> fetchDuration;

    public ExecutionTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        executions = meter.CreateCounter<long>("judge.canary.executions", "{execution}", "Canary executions that ended, by status.");
        fetchDuration = meter.CreateHistogram<double>("judge.metric.fetch.duration", "s", "Time one metric fetch took, by provider.");
    }

    public void ExecutionCompleted(string status) => executions.Add(1, new KeyValuePair<string, object?>("status", status));

    public void FetchCompleted(string provider, TimeSpan elapsed) =>
        fetchDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("provider", provider));
}
