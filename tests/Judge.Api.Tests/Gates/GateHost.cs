using System.Net;
using System.Net.Sockets;
using Judge.Api.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Judge.Api.Tests.Gates;

/// <summary>
/// The real host as a CD tool meets it: configs in the CONFIGURATION_STORE account "configs", executions in the separate
/// OBJECT_STORE account "objects", the real Prometheus as metrics account "prom" and an outage as "down" (a closed
/// loopback port). "Now" is the end of <see cref="GateHistory"/>, so a 5-minute look-back judges its last 5 minutes.
/// </summary>
public sealed class GateHost(Uri prometheus, IReadOnlyDictionary<string, string?>? extraSettings = null) : JudgeHostFactory
{
    private readonly ShiftedClock clock = new(GateHistory.End);

    /// <remarks>
    /// "Now" starts at the end of the history once the host is up, so a slow build or start does not move the
    /// tests' look-back windows past a step of the history.
    /// </remarks>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        clock.Restart();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseOwnEngine();
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Accounts:configs:Type"] = "memory",
            ["Judge:Accounts:configs:SupportedTypes"] = "CONFIGURATION_STORE",
            ["Judge:Accounts:objects:Type"] = "memory",
            ["Judge:Accounts:objects:SupportedTypes"] = "OBJECT_STORE",
            ["Judge:Accounts:prom:Type"] = "prometheus",
            ["Judge:Accounts:prom:BaseUrl"] = prometheus.ToString(),
            ["Judge:Accounts:down:Type"] = "prometheus",
            ["Judge:Accounts:down:BaseUrl"] = $"http://127.0.0.1:{ClosedPort()}",
            ["Judge:MetricSourceHttp:MaxRetryAttempts"] = "1",
            ["Judge:MetricSourceHttp:FirstRetryDelay"] = "00:00:00.100",
            // Generous for a loaded test machine; the deadline path has its own test.
            ["Judge:Gates:Deadline"] = "00:01:00",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
            settings[key] = value;
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
