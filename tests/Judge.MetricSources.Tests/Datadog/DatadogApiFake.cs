using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Web;
using Judge.MetricSources.Datadog;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Judge.MetricSources.Tests.Datadog;

/// <summary>A Datadog API stand-in on a loopback port, plus a source wired to it the way the service wires it.</summary>
public sealed class DatadogApiFake : IDisposable
{
    public const string Account = "dd-test";
    public const string ApiKey = "api-key-0123456789abcdef";
    public const string ApplicationKey = "app-key-fedcba9876543210";

    public static readonly MetricSourceHttpOptions FastHttp = new()
    {
        MaxRetryAttempts = 2,
        FirstRetryDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(20),
    };

    private ServiceProvider? _services;

    public DatadogApiFake()
    {
        BaseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [BaseUrl] });
    }

    public string BaseUrl { get; }

    public WireMockServer Server { get; }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public IMetricSource Source(MetricSourceHttpOptions? http = null)
    {
        _services?.Dispose();
        _services = new ServiceCollection()
            .AddDatadogAccount(Account, new DatadogAccountOptions { BaseUrl = BaseUrl, ApiKey = ApiKey, ApplicationKey = ApplicationKey }, http ?? FastHttp)
            .BuildServiceProvider();
        return _services.GetRequiredKeyedService<IMetricSource>(Account);
    }

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public static NameValueCollection QueryOf(ILogEntry request) => HttpUtility.ParseQueryString(request.RequestMessage.RawQuery ?? "");

    public static string? HeaderOf(ILogEntry request, string name) =>
        request.RequestMessage.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public void Dispose()
    {
        _services?.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
