using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Web;
using Judge.MetricSources.Stackdriver;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Judge.MetricSources.Tests.Stackdriver;

/// <summary>
/// Cloud Monitoring and Google's OAuth token endpoint stood in for by one loopback WireMock server, a freshly generated
/// service-account key written to a temp directory, and a source wired the way the service wires it.
/// </summary>
public sealed class CloudMonitoringFake : IDisposable
{
    public const string Account = "gcp-test";
    public const string AccountProject = "account-project";
    public const string AccessToken = "ya29.test-access-token";
    public const string ClientEmail = "judge@account-project.iam.gserviceaccount.com";
    public const string TokenPath = "/token";

    public static readonly MetricSourceHttpOptions FastHttp = new()
    {
        MaxRetryAttempts = 2,
        FirstRetryDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(20),
    };

    private readonly string _directory = Directory.CreateTempSubdirectory("judge-gcp-").FullName;
    private ServiceProvider? _services;

    public CloudMonitoringFake()
    {
        BaseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [BaseUrl] });
        PrivateKeyPem = SharedRsa.Value.ExportPkcs8PrivateKeyPem();
        KeyFile = WriteKeyFile(tokenUri: BaseUrl + TokenPath);
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"access_token":"{{AccessToken}}","expires_in":3600,"token_type":"Bearer"}"""));
    }

    public string BaseUrl { get; }
    public WireMockServer Server { get; }
    // One key for the whole run: generating a 2048-bit key costs about a second.
    private static readonly Lazy<RSA> SharedRsa = new(() => RSA.Create(2048));

    public RSA Rsa => SharedRsa.Value;
    public string PrivateKeyPem { get; }
    public string KeyFile { get; }

    public string WriteKeyFile(string tokenUri, string type = "service_account")
    {
        var path = Path.Combine(_directory, $"key-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = type,
            ["project_id"] = AccountProject,
            ["private_key_id"] = "0123456789abcdef",
            ["private_key"] = PrivateKeyPem,
            ["client_email"] = ClientEmail,
            ["client_id"] = "1234567890",
            ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
            ["token_uri"] = tokenUri,
        }));
        return path;
    }

    public IMetricSource Source(MetricSourceHttpOptions? http = null, string? keyFile = null, string? tokenUrl = null)
    {
        _services?.Dispose();
        _services = new ServiceCollection()
            .AddStackdriverAccount(Account, new StackdriverAccountOptions
            {
                Project = AccountProject,
                CredentialsFile = keyFile ?? KeyFile,
                BaseUrl = BaseUrl + "/",
                TokenUrl = tokenUrl,
            }, http ?? FastHttp)
            .BuildServiceProvider();
        return _services.GetRequiredKeyedService<IMetricSource>(Account);
    }

    public IReadOnlyList<ILogEntry> MonitoringRequests =>
        Server.LogEntries.Where(e => e.RequestMessage.Path.StartsWith("/v3/", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<ILogEntry> TokenRequests =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == TokenPath).ToList();

    public static NameValueCollection QueryOf(ILogEntry request) => HttpUtility.ParseQueryString(request.RequestMessage.RawQuery ?? "");

    public static string? HeaderOf(ILogEntry request, string name) =>
        request.RequestMessage.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _services?.Dispose();
        Server.Stop();
        Server.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
