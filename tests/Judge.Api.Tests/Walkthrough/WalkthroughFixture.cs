using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Walkthrough;

/// <summary>
/// The walkthrough's world, once for all its tests: four sample-app instances (the baseline and three canaries), one
/// Prometheus scraping all four every second, a bounded paced load at all four at once, and Judge with a Prometheus
/// account holding the tutorial's canary config. <see cref="WindowStart"/>–<see cref="WindowEnd"/> is the scraped
/// window worth judging.
/// </summary>
public sealed class WalkthroughFixture : IAsyncLifetime
{
    // LATENCY_MS 100 against 150: +50 %; the few milliseconds a busy machine adds to both stay well inside the margin
    // between the slow canary's mean ratio (~1.5) and the latency metric's allowedIncrease (1.2).
    public static readonly SampleAppSettings Baseline = new("baseline", SuccessRate: 100, LatencyMs: 100);
    public static readonly SampleAppSettings FailingCanary = new("canary-failing", SuccessRate: 70, LatencyMs: 100);
    public static readonly SampleAppSettings IdenticalCanary = new("canary-identical", SuccessRate: 100, LatencyMs: 100);
    public static readonly SampleAppSettings SlowCanary = new("canary-slow", SuccessRate: 100, LatencyMs: 150);

    // Ten requests a second at each instance for 36 s. rate(...[5s]) over a 1 s scrape covers a full window only from
    // 6 s after the load starts, so the judged window begins there: about 30 points a side at a 1 s step.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private const int LoadTicks = 360;
    private const int WarmUpTicks = 5;
    private static readonly TimeSpan RateWarmUp = TimeSpan.FromSeconds(6);

    private readonly List<SampleAppInstance> _apps = [];
    private readonly string _judgeData = Path.Combine(Path.GetTempPath(), "judge-walkthrough-" + Guid.NewGuid().ToString("N"));
    private ScrapingPrometheus? _prometheus;
    private WalkthroughJudge? _judge;

    public HttpClient Judge { get; private set; } = null!;

    /// <summary>The id of examples/prometheus-demo/canary-config.json, stored through POST /canaryConfig.</summary>
    public string ConfigId { get; private set; } = null!;

    public DateTimeOffset WindowStart { get; private set; }

    public DateTimeOffset WindowEnd { get; private set; }

    public async Task InitializeAsync()
    {
        var starting = new[] { Baseline, FailingCanary, IdenticalCanary, SlowCanary }.Select(SampleAppInstance.StartAsync).ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            _apps.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
        }
        var targets = _apps.Select(a => a.BaseUrl).ToList();

        _prometheus = await ScrapingPrometheus.StartAsync(targets);
        await _prometheus.WaitUntilEveryTargetIsUpAsync();

        // The first requests of a fresh process pay for JIT compilation; they land before the judged window anyway.
        await BoundedLoad.RunAsync(targets, WarmUpTicks, Interval);
        var loadStart = DateTimeOffset.UtcNow;
        await BoundedLoad.RunAsync(targets, LoadTicks, Interval);
        var loadEnd = DateTimeOffset.UtcNow;
        // Two more scrapes so the last requests are stored.
        await Task.Delay(TimeSpan.FromSeconds(2));

        WindowStart = WholeSecondAtOrAfter(loadStart + RateWarmUp);
        WindowEnd = WholeSecondAtOrBefore(loadEnd);

        _judge = new WalkthroughJudge(_prometheus.BaseUrl, _judgeData);
        Judge = _judge.CreateClient();
        // Once, as the tutorial does: configs are unique by name within their applications.
        var config = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Walkthrough", "canary-config.json"));
        using var created = await Judge.PostAsync("/canaryConfig", new StringContent(config, Encoding.UTF8, "application/json"));
        var body = await created.Content.ReadAsStringAsync();
        if (created.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"POST /canaryConfig answered {(int)created.StatusCode}: {body}");
        ConfigId = JsonNode.Parse(body)!["canaryConfigId"]!.GetValue<string>();
    }

    public async Task DisposeAsync()
    {
        Judge?.Dispose();
        if (_judge is not null) await _judge.DisposeAsync();
        if (_prometheus is not null) await _prometheus.DisposeAsync();
        foreach (var app in _apps) await app.DisposeAsync();
        try { Directory.Delete(_judgeData, recursive: true); }
        catch (DirectoryNotFoundException) { }
        catch (IOException) { }
    }

    private static DateTimeOffset WholeSecondAtOrBefore(DateTimeOffset t) =>
        new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static DateTimeOffset WholeSecondAtOrAfter(DateTimeOffset t) =>
        t.Ticks % TimeSpan.TicksPerSecond == 0 ? t : WholeSecondAtOrBefore(t).AddSeconds(1);
}
