using System.Net;
using System.Net.Sockets;
using System.Text;
using Judge.MetricSources.Prometheus;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Judge.MetricSources.Tests.Prometheus;

/// <summary>The HTTP edge against a scripted server on loopback: credentials, retries, timeouts, unreadable answers.</summary>
public sealed class PrometheusFaultTests : IDisposable
{
    private const string Account = "flaky-prometheus";
    private const string Password = "s3cret-pa55word";
    private const string Token = "t0ken-abcdef-123456";
    private const string QueryRangePath = "/api/v1/query_range";

    private static readonly string OneSeries =
        """{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"cpu","version":"canary"},"values":[[1599658140,"1.5"],[1599658260,"NaN"]]}]}}""";

    // Generous enough for a loaded CI machine; the timeout test uses its own, shorter attempt timeout.
    private static readonly MetricSourceHttpOptions FastHttp = new()
    {
        MaxRetryAttempts = 1,
        FirstRetryDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(15),
    };

    private static readonly MetricSourceHttpOptions ImpatientHttp = new()
    {
        MaxRetryAttempts = 1,
        FirstRetryDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromMilliseconds(500),
        TotalTimeout = TimeSpan.FromSeconds(3),
    };

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"] });
    private readonly List<ServiceProvider> _providers = [];

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private IMetricSource Source(PrometheusAccountOptions? options = null, string? baseUrl = null, MetricSourceHttpOptions? http = null)
    {
        options ??= new PrometheusAccountOptions();
        options.BaseUrl = baseUrl ?? _server.Url!;
        var provider = new ServiceCollection().AddPrometheusAccount(Account, options, http ?? FastHttp).BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredKeyedService<IMetricSource>(Account);
    }

    private static MetricQuery CpuQuery() => PrometheusQueries.Create(
        new PrometheusQueryConfig { MetricName = "cpu", CustomInlineTemplate = "version=\"${scope}\"" },
        "canary", start: PrometheusQueries.DefaultStart, end: PrometheusQueries.DefaultStart.AddMinutes(2), stepSeconds: 60,
        metricName: "cpu-metric");

    private void Answer(int status, string body, TimeSpan? delay = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        if (delay is { } d) response = response.WithDelay(d);
        _server.Given(Request.Create().WithPath(QueryRangePath).UsingGet()).RespondWith(response);
    }

    private static void AssertNamesMetricAndAccountWithoutSecrets(MetricFetchException error)
    {
        Assert.Equal("cpu-metric", error.MetricName);
        Assert.Equal(Account, error.AccountName);
        Assert.Contains("cpu-metric", error.Message);
        Assert.Contains(Account, error.Message);
        Assert.DoesNotContain(Password, error.ToString());
        Assert.DoesNotContain(Token, error.ToString());
    }

    [Fact]
    public async Task Sends_the_range_query_with_basic_credentials_up_front()
    {
        Answer(200, OneSeries);

        var sets = await Source(new PrometheusAccountOptions { Username = "judge", Password = Password })
            .FetchAsync(CpuQuery(), CancellationToken.None);

        var request = Assert.Single(_server.LogEntries).RequestMessage;
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"judge:{Password}")), request.Headers!["Authorization"].Single());
        Assert.Equal("avg(cpu{version=\"canary\"})", request.Query!["query"].Single());
        Assert.Equal("2020-09-09T13:29:00Z", request.Query["start"].Single());
        Assert.Equal("2020-09-09T13:31:00Z", request.Query["end"].Single());
        Assert.Equal("60", request.Query["step"].Single());

        var set = Assert.Single(sets);
        Assert.Equal(new Dictionary<string, string> { ["version"] = "canary" }, set.Tags);
        Assert.Equal(3, set.Values.Count);
        Assert.Equal(1.5, set.Values[0]);
        Assert.True(double.IsNaN(set.Values[1])); // no sample at 13:30
        Assert.True(double.IsNaN(set.Values[2])); // the "NaN" sample at 13:31
    }

    [Fact]
    public async Task Sends_a_bearer_token_up_front()
    {
        Answer(200, OneSeries);

        await Source(new PrometheusAccountOptions { BearerToken = Token }).FetchAsync(CpuQuery(), CancellationToken.None);

        Assert.Equal($"Bearer {Token}", Assert.Single(_server.LogEntries).RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Sends_no_authorization_header_without_credentials()
    {
        Answer(200, OneSeries);

        await Source().FetchAsync(CpuQuery(), CancellationToken.None);

        Assert.False(Assert.Single(_server.LogEntries).RequestMessage.Headers!.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Keeps_a_path_prefix_of_the_base_url()
    {
        _server.Given(Request.Create().WithPath("/prom" + QueryRangePath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(OneSeries));

        var sets = await Source(baseUrl: _server.Url + "/prom/").FetchAsync(CpuQuery(), CancellationToken.None);

        Assert.Equal("/prom" + QueryRangePath, Assert.Single(_server.LogEntries).RequestMessage.Path);
        Assert.Single(sets);
    }

    [Fact]
    public async Task Retries_a_5xx_once_and_succeeds()
    {
        _server.Given(Request.Create().WithPath(QueryRangePath).UsingGet())
            .InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("overloaded"));
        _server.Given(Request.Create().WithPath(QueryRangePath).UsingGet())
            .InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(OneSeries));

        var sets = await Source().FetchAsync(CpuQuery(), CancellationToken.None);

        Assert.Equal(2, _server.LogEntries.Count());
        Assert.Equal(1.5, Assert.Single(sets).Values[0]);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries_on_persistent_5xx()
    {
        Answer(503, """{"status":"error","errorType":"unavailable","error":"too busy"}""");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Equal(1 + FastHttp.MaxRetryAttempts, _server.LogEntries.Count());
        Assert.Contains("HTTP 503", error.Message);
        Assert.Contains("too busy", error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Fact]
    public async Task Does_not_retry_a_4xx_and_never_quotes_a_secret_the_server_echoes()
    {
        Answer(400, $$"""{"status":"error","errorType":"bad_data","error":"parse error; got credentials judge:{{Password}}"}""");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            Source(new PrometheusAccountOptions { Username = "judge", Password = Password }).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Single(_server.LogEntries);
        Assert.Contains("HTTP 400", error.Message);
        Assert.Contains("bad_data: parse error", error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Fact]
    public async Task Masks_an_echoed_basic_credential_even_where_the_message_is_shortened()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"judge:{Password}"));
        // "HTTP 403 (Forbidden): " + 470 characters puts the password across the 500-character cut of the message.
        Answer(403, new string('x', 470) + Password + $" Authorization: Basic {encoded}");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            Source(new PrometheusAccountOptions { Username = "judge", Password = Password }).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Single(_server.LogEntries);
        Assert.Contains("x***", error.Message);
        Assert.DoesNotContain(Password[..4], error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Fact]
    public async Task Masks_a_bearer_token_echoed_in_a_non_json_error_body()
    {
        Answer(401, $"unauthorized: bad token {Token}");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            Source(new PrometheusAccountOptions { BearerToken = Token }).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Single(_server.LogEntries);
        Assert.Contains("HTTP 401", error.Message);
        Assert.Contains("unauthorized: bad token ***", error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Fact]
    public async Task A_server_slower_than_the_attempt_timeout_fails_with_a_timeout()
    {
        Answer(200, OneSeries, delay: TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            Source(new PrometheusAccountOptions { BearerToken = Token }, http: ImpatientHttp).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Contains("timed out", error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Theory]
    [InlineData("this is not json {")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1599658140,"abc"]]}]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[["x","1"]]}]}}""")]
    public async Task An_unreadable_answer_fails_without_a_retry(string body)
    {
        Answer(200, body);

        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            Source(new PrometheusAccountOptions { Username = "judge", Password = Password }).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Single(_server.LogEntries);
        Assert.Contains("not valid JSON", error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Theory]
    [InlineData("""{"status":"error","errorType":"execution","error":"query too expensive"}""", "query too expensive")]
    [InlineData("""{"status":"success","data":{"resultType":"vector","result":[]}}""", "matrix")]
    [InlineData("""{"status":"success"}""", "matrix")]
    public async Task A_well_formed_answer_that_is_not_a_matrix_result_fails(string body, string expected)
    {
        Answer(200, body);

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Contains(expected, error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Fact]
    public async Task An_unreachable_server_fails_with_a_fetch_exception()
    {
        var nobodyListens = $"http://127.0.0.1:{FreeLoopbackPort()}";

        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            Source(new PrometheusAccountOptions { BearerToken = Token }, nobodyListens).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Contains("request failed", error.Message);
        AssertNamesMetricAndAccountWithoutSecrets(error);
    }

    [Fact]
    public async Task A_cancelled_caller_gets_an_OperationCanceledException_not_a_fetch_failure()
    {
        Answer(200, OneSeries, delay: TimeSpan.FromSeconds(2));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Source().FetchAsync(CpuQuery(), cancellation.Token));
    }

    [Fact]
    public async Task An_empty_result_is_one_placeholder()
    {
        Answer(200, """{"status":"success","data":{"resultType":"matrix","result":[]}}""");

        var set = Assert.Single(await Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Empty(set.Values);
        Assert.Empty(set.Tags);
        Assert.Equal("2020-09-09T13:31:00Z", set.EndTimeIso);
        Assert.Equal("avg(cpu{version=\"canary\"})", set.Attributes["query"]);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
