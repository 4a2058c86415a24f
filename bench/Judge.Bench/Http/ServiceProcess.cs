using System.Diagnostics;
using System.Globalization;
using Judge.Tests.Shared.Processes;

namespace Judge.Bench.Http;

/// <summary>
/// The service as a child process on a free loopback port with its embedded defaults, working in a fresh temporary
/// folder (so its data folder is empty and thrown away); its CPU time is read from the process for per-request cost.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServiceProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The embedded filesystem storage account's folder (Judge:DataPath's default, in the service's folder).</summary>
    public string DataFolder => Path.Combine(_folder, "data");

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The process's peak resident set (VmHWM in /proc/&lt;pid&gt;/status), in MB; NaN where there is no /proc.</summary>
    public double PeakRssMegabytes
    {
        get
        {
            var status = $"/proc/{_process.Id}/status";
            if (!File.Exists(status))
                return double.NaN;
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    /// <param name="apiDll">Judge.Api.dll of a Release build.</param>
    /// <param name="settings">Configuration for the service as environment variables (<c>Judge__Accounts__prom__Type</c>…).</param>
    public static async Task<ServiceProcess> StartAsync(string apiDll, IReadOnlyDictionary<string, string>? settings = null)
    {
        apiDll = Path.GetFullPath(apiDll); // the service runs in its own folder
        if (!File.Exists(apiDll))
            throw new FileNotFoundException($"{apiDll} is missing: build it first (dotnet build -c Release src/Judge.Api)", apiDll);
        var port = LoopbackPort.Free();
        var folder = Directory.CreateTempSubdirectory("judge-bench-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { apiDll, "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning" })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // A bench's one client stands for many callers: its requests would pass the per-caller limit within seconds.
        start.Environment["Judge__RateLimits__PermitLimit"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[service] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, folder, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await service.WaitUntilUpAsync();
        }
        catch
        {
            service.Dispose(); // stops it and removes its folder
            throw;
        }
        return service;
    }

    private async Task WaitUntilUpAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"the service exited with code {_process.ExitCode}");
            try
            {
                using var response = await client.GetAsync("/judges");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the service did not answer GET /judges within 60 s");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
