using Judge.Tests.Shared.Processes;

namespace Judge.Tests.Shared.Prometheus;

/// <summary>
/// A real Prometheus on 127.0.0.1 holding a given history: the OpenMetrics text is backfilled with
/// <c>promtool tsdb create-blocks-from openmetrics</c> into a fresh temp dir, which <c>prometheus</c> then serves.
/// Disposing it stops the server and deletes the dir. The binaries are found (or installed) by <see cref="PrometheusBinaries"/>.
/// Used by the tests' fixtures (<see cref="BackfilledPrometheus"/>) and by the bench's execution benchmark.
/// </summary>
public sealed class PrometheusWithHistory : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "judge-prometheus-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _server;

    private PrometheusWithHistory()
    {
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <param name="openMetrics">The samples, as OpenMetrics text ending in <c># EOF</c>; every sample must lie in the past.</param>
    /// <param name="installBinaries">false: missing binaries fail with how to install them (see <see cref="PrometheusBinaries"/>).</param>
    public static async Task<PrometheusWithHistory> StartAsync(string openMetrics, bool installBinaries = true)
    {
        var prometheus = new PrometheusWithHistory();
        try
        {
            await prometheus.StartServerAsync(openMetrics, installBinaries);
        }
        catch
        {
            await prometheus.DisposeAsync();
            throw;
        }
        return prometheus;
    }

    private async Task StartServerAsync(string openMetrics, bool installBinaries)
    {
        var prometheus = await PrometheusBinaries.PrometheusAsync(installBinaries);
        var promtool = await PrometheusBinaries.PromtoolAsync(installBinaries);
        Directory.CreateDirectory(_directory);
        var history = Path.Combine(_directory, "history.om");
        var data = Path.Combine(_directory, "data");
        var config = Path.Combine(_directory, "prometheus.yml");
        await File.WriteAllTextAsync(history, openMetrics);
        await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 1m\n");

        var (exitCode, output) = await ToolRun.RunAsync(promtool, ["tsdb", "create-blocks-from", "openmetrics", history, data]);
        if (exitCode != 0)
            throw new InvalidOperationException($"promtool could not backfill the history (exit {exitCode}):\n{output}");

        var port = LoopbackPort.Free();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        _server = await ServerProcess.StartAsync("prometheus", prometheus,
        [
            $"--config.file={config}",
            $"--storage.tsdb.path={data}",
            "--storage.tsdb.retention.time=100y",
            $"--web.listen-address=127.0.0.1:{port}",
            // One sample a minute on the query grid: a 30 s lookback makes a missing sample a gap at its own step
            // instead of repeating the previous sample for five minutes.
            "--query.lookback-delta=30s",
        ], new Uri(BaseUrl, "/-/ready"), ReadyTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }
}
