using System.Collections.Concurrent;
using System.Diagnostics;

namespace Judge.Tests.Shared.Processes;

/// <summary>
/// A server the tests start as a child process: its output is kept (the last 200 lines, for failure messages), it is
/// ready once <c>readyUrl</c> answers 2xx, and disposing it kills it with its children.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process _process;
    private readonly string _name;
    private readonly ConcurrentQueue<string> _log = new();

    private ServerProcess(string name, Process process)
    {
        _name = name;
        _process = process;
    }

    /// <summary>
    /// Starts <paramref name="file"/> (in <paramref name="workingDirectory"/>, else the current one) and waits until
    /// <paramref name="readyUrl"/> answers 2xx, or fails with its output.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(
        string name, string file, IEnumerable<string> arguments, Uri readyUrl, TimeSpan readyTimeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var server = new ServerProcess(name, new Process { StartInfo = info });
        server._process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(readyUrl, readyTimeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    public string LogTail() => string.Join('\n', _log);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Uri readyUrl, TimeSpan readyTimeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < readyTimeout)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // until its output is read to the end, so the message holds why it stopped
                throw new InvalidOperationException($"{_name} exited with code {_process.ExitCode} before it was ready:\n{LogTail()}");
            }
            try
            {
                using var response = await http.GetAsync(readyUrl);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"{_name} was not ready at {readyUrl} within {readyTimeout.TotalSeconds} s:\n{LogTail()}");
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > KeptLines) _log.TryDequeue(out _);
    }
}
