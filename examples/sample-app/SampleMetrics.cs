using System.Diagnostics.Metrics;

namespace SampleApp;

/// <summary>
/// The series the canary tutorials use: a request counter by http_code and version, a latency histogram
/// (request_processing_seconds with _sum and _count) and a gauge of the error rate over the recent requests.
/// </summary>
public sealed class SampleMetrics
{
    public const string MeterName = "SampleApp";
    private const int Window = 100;

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _latency;
    private readonly Queue<bool> _recent = new();
    private readonly Lock _gate = new();
    private readonly KeyValuePair<string, object?> _version;

    public SampleMetrics(IMeterFactory meterFactory, Behaviour behaviour)
    {
        var meter = meterFactory.Create(MeterName);
        _version = new("version", behaviour.Version);
        _requests = meter.CreateCounter<long>("requests", description: "Requests served, by HTTP status code");
        _latency = meter.CreateHistogram<double>("request_processing_seconds", unit: "s", description: "Time spent serving a request");
        meter.CreateObservableGauge("error_rate", ObserveErrorRate, description: "Share of the last 100 requests answered with 500");
    }

    public void Record(int statusCode, TimeSpan elapsed)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("http_code", statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)), _version);
        _latency.Record(elapsed.TotalSeconds, _version);
        lock (_gate)
        {
            _recent.Enqueue(statusCode >= 500);
            if (_recent.Count > Window) _recent.Dequeue();
        }
    }

    private Measurement<double> ObserveErrorRate()
    {
        lock (_gate)
        {
            var rate = _recent.Count == 0 ? 0 : _recent.Count(failed => failed) / (double)_recent.Count;
            return new Measurement<double>(rate, _version);
        }
    }
}
