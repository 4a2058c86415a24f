using System.Diagnostics;
using OpenTelemetry.Metrics;
using SampleApp;

// A tiny service for trying canary analysis: VERSION labels its metrics, SUCCESS_RATE (0-100) is the share of
// requests answered 200 (the rest 500), LATENCY_MS the mean latency added to each request.
var builder = WebApplication.CreateBuilder(args);
var behaviour = Behaviour.FromEnvironment();
builder.Services.AddSingleton(behaviour);
builder.Services.AddSingleton<SampleMetrics>();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
    .AddMeter(SampleMetrics.MeterName)
    .AddView("request_processing_seconds", new ExplicitBucketHistogramConfiguration
    {
        Boundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    })
    .AddPrometheusExporter());

var app = builder.Build();
app.MapPrometheusScrapingEndpoint();

long requestCount = -1;
app.MapGet("/", async (SampleMetrics metrics, CancellationToken cancellationToken) =>
{
    var n = Interlocked.Increment(ref requestCount);
    var watch = Stopwatch.StartNew();
    await Task.Delay(behaviour.Latency(n), cancellationToken);
    var status = behaviour.Succeeds(n) ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
    metrics.Record(status, watch.Elapsed);
    return Results.Text($"{behaviour.Version}: {status}\n", statusCode: status);
});
app.MapGet("/healthz", () => Results.Text("ok"));

app.Run();
