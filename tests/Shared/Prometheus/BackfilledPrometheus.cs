using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Judge.Tests.Shared.Prometheus;

/// <summary>
/// A real Prometheus on 127.0.0.1 holding the history a subclass writes as OpenMetrics (<see cref="History"/>): it is
/// backfilled with <c>promtool tsdb create-blocks-from openmetrics</c>, and served by <c>prometheus</c> from a temp dir.
/// The binaries come from JUDGE_PROMETHEUS_BIN / JUDGE_PROMTOOL_BIN or PATH; when missing and running as root the
/// Debian package is installed with apt-get; otherwise the fixture fails, so these tests never pass silently.
/// </summary>
public abstract class BackfilledPrometheus : IAsyncLifetime
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(10);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "judge-prometheus-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _server;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The samples to backfill, as OpenMetrics text ending in <c># EOF</c>; every sample must lie in the past.</summary>
    protected abstract string History();

    public async Task InitializeAsync()
    {
        var prometheus = await FindOrInstallAsync("prometheus", "JUDGE_PROMETHEUS_BIN");
        var promtool = await FindOrInstallAsync("promtool", "JUDGE_PROMTOOL_BIN");
        Directory.CreateDirectory(_directory);
        var history = Path.Combine(_directory, "history.om");
        var data = Path.Combine(_directory, "data");
        var config = Path.Combine(_directory, "prometheus.yml");
        await File.WriteAllTextAsync(history, History());
        await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 1m\n");

        var (exitCode, output) = await RunAsync(promtool, ["tsdb", "create-blocks-from", "openmetrics", history, data]);
        if (exitCode != 0)
            throw new InvalidOperationException($"promtool could not backfill the test history (exit {exitCode}):\n{output}");

        var port = FreeLoopbackPort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        _server = Start(prometheus,
        [
            $"--config.file={config}",
            $"--storage.tsdb.path={data}",
            "--storage.tsdb.retention.time=100y",
            $"--web.listen-address=127.0.0.1:{port}",
            // One sample a minute on the query grid: a 30 s lookback makes a missing sample a gap at its own step
            // instead of repeating the previous sample for five minutes.
            "--query.lookback-delta=30s",
        ]);
        await WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is { } server)
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            server.Dispose();
        }
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (_server!.HasExited)
                throw new InvalidOperationException($"prometheus exited with code {_server.ExitCode} before it was ready:\n{LogTail()}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "/-/ready"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"prometheus was not ready within {ReadyTimeout.TotalSeconds} s:\n{LogTail()}");
    }

    private Process Start(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > 200) _log.TryDequeue(out _);
    }

    private string LogTail() => string.Join('\n', _log);

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} did not finish within {ToolTimeout.TotalMinutes} min");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<string> FindOrInstallAsync(string tool, string environmentVariable)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } configured)
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{environmentVariable} points at '{configured}', which does not exist.");
        if (FindOnPath(tool) is { } found) return found;
        if (Environment.UserName != "root")
            throw new InvalidOperationException(
                $"'{tool}' is not on PATH. Install the Debian package 'prometheus' (apt-get install -y prometheus) or set {environmentVariable}.");
        var (exitCode, output) = await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "prometheus"]);
        if (exitCode != 0)
        {
            await RunAsync("apt-get", ["update"]);
            (exitCode, output) = await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "prometheus"]);
        }
        return FindOnPath(tool) ?? throw new InvalidOperationException(
            $"'{tool}' is still missing after 'apt-get install -y prometheus' (exit {exitCode}):\n{output}");
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, tool))
        .FirstOrDefault(File.Exists);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
