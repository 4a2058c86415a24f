using Judge.Tests.Shared.Processes;

namespace Judge.Api.Tests.Walkthrough;

/// <param name="Version">The VERSION label of the instance's series, and so the scope Judge queries it by.</param>
public sealed record SampleAppSettings(string Version, int SuccessRate, int LatencyMs);

/// <summary>
/// One examples/sample-app process on a free 127.0.0.1 port (<c>dotnet SampleApp.dll</c>; this test project builds the
/// sample app through a non-referencing ProjectReference and records where its DLL lands).
/// </summary>
public sealed class SampleAppInstance : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly ServerProcess _process;

    private SampleAppInstance(SampleAppSettings settings, Uri baseUrl, ServerProcess process)
    {
        Settings = settings;
        BaseUrl = baseUrl;
        _process = process;
    }

    public SampleAppSettings Settings { get; }

    public Uri BaseUrl { get; }

    public static async Task<SampleAppInstance> StartAsync(SampleAppSettings settings)
    {
        var dll = BuiltDll.Path(BuiltDll.SampleApp);
        var port = LoopbackPort.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var process = await ServerProcess.StartAsync($"sample app '{settings.Version}'", DotnetHost.Path(), [dll],
            new Uri(baseUrl, "/healthz"), ReadyTimeout,
            new Dictionary<string, string>
            {
                ["VERSION"] = settings.Version,
                ["SUCCESS_RATE"] = settings.SuccessRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["LATENCY_MS"] = settings.LatencyMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ASPNETCORE_URLS"] = baseUrl.ToString(),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
            // Its own folder: the tests' folder holds Judge's appsettings.json, which is not the sample app's.
            workingDirectory: Path.GetDirectoryName(dll));
        return new SampleAppInstance(settings, baseUrl, process);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
