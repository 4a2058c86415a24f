using System.Net;
using System.Text.Json.Nodes;
using Judge.Api.Tests.StandaloneAnalyses;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Report;

/// <summary>
/// The real Judge host on Kestrel at a free 127.0.0.1 port, on fake time, with one real lifetime analysis driven to
/// completion: three 10-minute judgements, the second marginal (its errors are bad → 80), the last a pass (100). Then a
/// second one over the next 30 minutes whose last planned judgement fails (its latency is bad → 20).
/// </summary>
public sealed class AnalysisReportHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempStore store = new();
    private StandaloneAnalysisHost? host;

    public HttpClient Http { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public string AnalysisId { get; private set; } = "";
    public JsonObject Status { get; private set; } = [];

    /// <summary>The analysis that ran every planned judgement and failed at the last.</summary>
    public string FailedAtLastId { get; private set; } = "";

    private const string LateFailingMetric = "late_failing_latency";

    public async Task InitializeAsync()
    {
        var clock = new FakeTimeProvider(T0);
        var source = new WindowMetricSource
        {
            Bad = q => (q.MetricName == "errors" && q.Scope.End == T0.AddMinutes(20))
                || (q.MetricName == LateFailingMetric && q.Scope.End >= T0.AddMinutes(55)),   // its third window only
        };
        host = new StandaloneAnalysisHost(store.Path, clock, source, testServices: LayoutProbe.AddTo);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        BaseAddress = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var client = new AnalysisClient(Http, clock);

        // Kayenta's rule (every judgement at 98 %) makes the short middle window's bad errors a marginal score; the default
        // judge would hold that early look to its sequential boundary, which 20 points a side cannot clear.
        var kayentaRule = AnalysisClient.Config();
        kayentaRule["judge"] = new JsonObject { ["name"] = "ExactACAJudge-v1" };
        AnalysisId = await client.StartAsync(await client.CreateConfigAsync(kayentaRule), AnalysisClient.Request(lifetime: 30, interval: 10));
        for (var n = 1; n <= 2; n++)
        {
            client.AdvanceTo(T0.AddMinutes(10 * n));
            await client.DriveUntilJudgedAsync(AnalysisId, n);
        }
        client.AdvanceTo(T0.AddMinutes(30));
        Status = await client.DriveUntilCompleteAsync(AnalysisId);

        var config = AnalysisClient.Config();
        config["judge"] = new JsonObject { ["name"] = "ExactACAJudge-v1" };
        config["name"] = "checkout-late-failure";
        config["metrics"]![0]!["name"] = LateFailingMetric;
        FailedAtLastId = await client.StartAsync(await client.CreateConfigAsync(config), AnalysisClient.Request(lifetime: 30, interval: 10));
        for (var n = 1; n <= 2; n++)
        {
            client.AdvanceTo(T0.AddMinutes(30 + 10 * n));
            await client.DriveUntilJudgedAsync(FailedAtLastId, n);
        }
        client.AdvanceTo(T0.AddMinutes(60));
        await client.DriveUntilCompleteAsync(FailedAtLastId);
    }

    public Task DisposeAsync()
    {
        Http?.Dispose();
        host?.Dispose();
        store.Dispose();
        return Task.CompletedTask;
    }

    public string ReportUrl(string fragment = "") => ReportUrlOf(AnalysisId, fragment);

    public string ReportUrlOf(string analysisId, string fragment = "") =>
        new Uri(BaseAddress, $"/standalone_canary_analysis/{analysisId}/report{fragment}").ToString();
}
