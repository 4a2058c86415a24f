using System.Reflection;
using Judge.Tests.Shared.Processes;

namespace Judge.Api.Tests.Engine;

/// <summary>
/// One replica of Judge as a separate process: the built Judge.Api.dll run with <c>dotnet</c> on its own loopback
/// port, configured through environment variables as a deployment would. Disposing it is <c>kill -9</c>.
/// </summary>
public sealed class JudgeReplica : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);
    private readonly ServerProcess process;

    private JudgeReplica(string name, Uri baseUrl, ServerProcess process)
    {
        Name = name;
        BaseUrl = baseUrl;
        this.process = process;
        Http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Name { get; }
    public Uri BaseUrl { get; }
    public HttpClient Http { get; }

    public static async Task<JudgeReplica> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var folder = Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location)!;
        var port = LoopbackPort.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = await ServerProcess.StartAsync(name, "dotnet",
            [Path.Combine(folder, "Judge.Api.dll"), "--urls", baseUrl.ToString().TrimEnd('/')],
            new Uri(baseUrl, "/readyz"), ReadyTimeout, environment, folder);
        return new JudgeReplica(name, baseUrl, process);
    }

    public string LogTail() => process.LogTail();

    /// <summary>kill -9: the process and its children die at once, mid-job, with nothing cleaned up.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await process.DisposeAsync();
    }
}
