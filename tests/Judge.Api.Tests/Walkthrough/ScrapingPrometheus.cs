using System.Globalization;
using System.Text.Json.Nodes;
using Judge.Tests.Shared.Processes;
using Judge.Tests.Shared.Prometheus;

namespace Judge.Api.Tests.Walkthrough;

/// <summary>A real Prometheus on 127.0.0.1 scraping the given targets every second (job "sample-app"), its data in a temp dir.</summary>
public sealed class ScrapingPrometheus : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan FirstScrapeTimeout = TimeSpan.FromSeconds(30);

    private readonly string _directory;
    private readonly ServerProcess _server;
    private readonly int _targets;

    private ScrapingPrometheus(string directory, Uri baseUrl, ServerProcess server, int targets)
    {
        _directory = directory;
        BaseUrl = baseUrl;
        _server = server;
        _targets = targets;
    }

    public Uri BaseUrl { get; }

    public static async Task<ScrapingPrometheus> StartAsync(IReadOnlyList<Uri> targets)
    {
        var prometheus = await PrometheusBinaries.PrometheusAsync();
        var directory = Path.Combine(Path.GetTempPath(), "judge-walkthrough-prometheus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var config = Path.Combine(directory, "prometheus.yml");
        var targetList = string.Join(", ", targets.Select(t => $"\"{t.Authority}\""));
        await File.WriteAllTextAsync(config,
            "global: { scrape_interval: 1s, evaluation_interval: 1s }\n" +
            "scrape_configs:\n" +
            $"  - job_name: sample-app\n    static_configs: [ {{ targets: [{targetList}] }} ]\n");

        var port = LoopbackPort.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        try
        {
            var server = await ServerProcess.StartAsync("prometheus", prometheus,
            [
                $"--config.file={config}",
                $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                $"--web.listen-address=127.0.0.1:{port}",
            ], new Uri(baseUrl, "/-/ready"), ReadyTimeout);
            return new ScrapingPrometheus(directory, baseUrl, server, targets.Count);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Waits until every target has been scraped successfully at least once.</summary>
    public async Task WaitUntilEveryTargetIsUpAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var query = Uri.EscapeDataString("count(up{job=\"sample-app\"} == 1)");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var up = 0;
        while (waited.Elapsed < FirstScrapeTimeout)
        {
            var answer = JsonNode.Parse(await http.GetStringAsync($"/api/v1/query?query={query}"));
            var value = answer?["data"]?["result"]?.AsArray().FirstOrDefault()?["value"]?[1]?.GetValue<string>();
            up = value is null ? 0 : int.Parse(value, CultureInfo.InvariantCulture);
            if (up == _targets) return;
            await Task.Delay(250);
        }
        throw new InvalidOperationException(
            $"Prometheus scraped {up} of {_targets} targets successfully within {FirstScrapeTimeout.TotalSeconds} s:\n{_server.LogTail()}");
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }
}
