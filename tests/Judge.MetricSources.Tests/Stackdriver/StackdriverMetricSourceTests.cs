using Judge.MetricSources.Tests.Shared;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Judge.MetricSources.Stackdriver;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static Judge.MetricSources.Tests.Stackdriver.StackdriverQueries;

namespace Judge.MetricSources.Tests.Stackdriver;

public sealed class StackdriverMetricSourceTests : IDisposable
{
    private const string SeriesPath = "/v3/projects/account-project/timeSeries";

    private readonly CloudMonitoringFake _google = new();

    private static string Page(string zone, string? nextPageToken, params (string End, double Value)[] points)
    {
        var pointsJson = string.Join(",", points.Select(p =>
            "{\"interval\":{\"startTime\":\"" + p.End + "\",\"endTime\":\"" + p.End + "\"},\"value\":{\"doubleValue\":" + p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}"));
        var next = nextPageToken is null ? "" : $",\n  \"nextPageToken\": \"{nextPageToken}\"";
        return $$$"""
            {
              "timeSeries": [{
                "metric": {"type": "compute.googleapis.com/instance/cpu/utilization", "labels": {}},
                "resource": {"type": "gce_instance", "labels": {"project_id": "account-project", "zone": "{{{zone}}}"}},
                "metricKind": "GAUGE", "valueType": "DOUBLE", "unit": "10^2.%",
                "points": [{{{pointsJson}}}]
              }],
              "unit": "10^2.%"{{{next}}}
            }
            """;
    }

    private static readonly string OnePage = Page("us-central1-a", null, ("2024-03-01T12:02:00Z", 0.25), ("2024-03-01T12:01:00Z", 0.5));

    private static MetricQuery CpuQuery(IReadOnlyDictionary<string, string>? extended = null) =>
        Query(Cpu() with { GroupByFields = ["resource.label.zone", "metric.label.instance_name"] }, extended: extended);

    private void Answer(int status, string body, string path = SeriesPath, string? scenarioState = null, string? nextState = null,
        TimeSpan? delay = null, IDictionary<string, string>? headers = null) =>
        _google.Server.AnswerGet(path, status, body, scenarioState, nextState, delay, headers);

    [Fact]
    public async Task Sends_the_documented_list_request_with_the_bearer_token()
    {
        Answer(200, OnePage);

        await _google.Source().FetchAsync(CpuQuery(), CancellationToken.None);

        var request = Assert.Single(_google.MonitoringRequests);
        Assert.Equal("GET", request.RequestMessage.Method);
        Assert.Equal(SeriesPath, request.RequestMessage.Path);
        Assert.Equal($"Bearer {CloudMonitoringFake.AccessToken}", CloudMonitoringFake.HeaderOf(request, "Authorization"));
        var query = CloudMonitoringFake.QueryOf(request);
        Assert.Equal("metric.type=\"compute.googleapis.com/instance/cpu/utilization\" AND resource.type=\"gce_instance\" AND project=\"account-project\""
            + " AND metadata.user_labels.\"spinnaker-region\"=\"us-central1\" AND metadata.user_labels.\"spinnaker-server-group\"=\"myapp-v010\"",
            query["filter"]);
        Assert.Equal("2024-03-01T12:00:00Z", query["interval.startTime"]);
        Assert.Equal("2024-03-01T12:05:00Z", query["interval.endTime"]);
        Assert.Equal("60s", query["aggregation.alignmentPeriod"]);
        Assert.Equal("ALIGN_MEAN", query["aggregation.perSeriesAligner"]);
        Assert.Equal("REDUCE_MEAN", query["aggregation.crossSeriesReducer"]);
        Assert.Equal(["resource.label.zone", "metric.label.instance_name"], query.GetValues("aggregation.groupByFields")!);
        Assert.Null(query["pageToken"]);
    }

    [Fact]
    public async Task The_token_request_is_a_jwt_bearer_grant_signed_with_the_service_account_key()
    {
        Answer(200, OnePage);

        await _google.Source().FetchAsync(CpuQuery(), CancellationToken.None);

        var tokenRequest = Assert.Single(_google.TokenRequests);
        var form = HttpUtility.ParseQueryString(tokenRequest.RequestMessage.Body ?? "");
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", form["grant_type"]);
        var parts = form["assertion"]!.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.True(_google.Rsa.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url(parts[2]),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), "the assertion is not signed with the key file's private key");
        using var claims = JsonDocument.Parse(Base64Url(parts[1]));
        Assert.Equal(CloudMonitoringFake.ClientEmail, claims.RootElement.GetProperty("iss").GetString());
        Assert.Equal("https://www.googleapis.com/auth/monitoring.read", claims.RootElement.GetProperty("scope").GetString());
        // The audience is Google's token endpoint whichever URL the request is posted to.
        Assert.Equal("https://oauth2.googleapis.com/token", claims.RootElement.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task The_token_is_reused_across_fetches()
    {
        Answer(200, OnePage);
        var source = _google.Source();

        await source.FetchAsync(CpuQuery(), CancellationToken.None);
        await source.FetchAsync(CpuQuery(), CancellationToken.None);

        Assert.Single(_google.TokenRequests);
        Assert.Equal(2, _google.MonitoringRequests.Count);
    }

    [Fact]
    public async Task The_token_url_option_overrides_the_key_files_token_uri()
    {
        Answer(200, OnePage);
        var keyFile = _google.WriteKeyFile(tokenUri: _google.BaseUrl + "/no-such-token-endpoint");

        await _google.Source(keyFile: keyFile, tokenUrl: _google.BaseUrl + CloudMonitoringFake.TokenPath).FetchAsync(CpuQuery(), CancellationToken.None);

        Assert.Single(_google.TokenRequests);
        Assert.Equal($"Bearer {CloudMonitoringFake.AccessToken}", CloudMonitoringFake.HeaderOf(Assert.Single(_google.MonitoringRequests), "Authorization"));
    }

    [Fact]
    public async Task Returns_the_series_on_the_grid()
    {
        Answer(200, OnePage);

        var set = Assert.Single(await _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Equal("cpu", set.Name);
        Assert.Equal([0.5, 0.25, double.NaN, double.NaN, double.NaN], set.Values);
        Assert.Equal(new Dictionary<string, string> { ["zone"] = "us-central1-a" }, set.Tags);
    }

    [Fact]
    public async Task Follows_next_page_token_until_it_is_empty()
    {
        Answer(200, Page("us-central1-a", "page-2-token", ("2024-03-01T12:01:00Z", 1)), nextState: "second page");
        Answer(200, Page("us-central1-b", "", ("2024-03-01T12:02:00Z", 2)), scenarioState: "second page", nextState: "done");

        var sets = await _google.Source().FetchAsync(CpuQuery(), CancellationToken.None);

        var requests = _google.MonitoringRequests;
        Assert.Equal(2, requests.Count);
        Assert.Null(CloudMonitoringFake.QueryOf(requests[0])["pageToken"]);
        Assert.Equal("page-2-token", CloudMonitoringFake.QueryOf(requests[1])["pageToken"]);
        Assert.Equal(CloudMonitoringFake.QueryOf(requests[0])["filter"], CloudMonitoringFake.QueryOf(requests[1])["filter"]);
        Assert.Equal(["us-central1-a", "us-central1-b"], sets.Select(s => s.Tags["zone"]));
        Assert.Equal(1, sets[0].Values[0]);
        Assert.Equal(2, sets[1].Values[1]);
    }

    [Fact]
    public async Task Paging_is_bounded()
    {
        Answer(200, Page("us-central1-a", "again", ("2024-03-01T12:01:00Z", 1)));

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Equal(100, _google.MonitoringRequests.Count);
        Assert.Contains("100 pages", error.Message);
    }

    [Fact]
    public async Task The_scope_project_is_the_one_in_the_path()
    {
        Answer(200, OnePage, path: "/v3/projects/scope-project/timeSeries");

        await _google.Source().FetchAsync(CpuQuery(new Dictionary<string, string> { ["project"] = "scope-project" }), CancellationToken.None);

        Assert.Equal("/v3/projects/scope-project/timeSeries", Assert.Single(_google.MonitoringRequests).RequestMessage.Path);
    }

    [Fact]
    public async Task An_empty_answer_gives_a_placeholder()
    {
        Answer(200, "{}");

        var set = Assert.Single(await _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Empty(set.Values);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_until_success()
    {
        Answer(429, """{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}}""", nextState: "limited",
            headers: new Dictionary<string, string> { ["Retry-After"] = "1" });
        Answer(200, OnePage, scenarioState: "limited");

        Assert.Single(await _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));
        Assert.Equal(2, _google.MonitoringRequests.Count);
    }

    [Fact]
    public async Task A_5xx_is_retried_until_success()
    {
        Answer(500, """{"error":{"code":500,"message":"Internal error","status":"INTERNAL"}}""", nextState: "recovered");
        Answer(200, OnePage, scenarioState: "recovered");

        Assert.Single(await _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));
        Assert.Equal(2, _google.MonitoringRequests.Count);
    }

    [Fact]
    public async Task A_4xx_is_not_retried_and_google_error_is_reported()
    {
        Answer(400, """{"error":{"code":400,"message":"Field aggregation.perSeriesAligner had an invalid value","status":"INVALID_ARGUMENT"}}""");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Single(_google.MonitoringRequests);
        Assert.Equal("cpu", error.MetricName);
        Assert.Equal(CloudMonitoringFake.Account, error.AccountName);
        Assert.Contains("400", error.Message);
        Assert.Contains("INVALID_ARGUMENT Field aggregation.perSeriesAligner had an invalid value", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task Execution_errors_fail_the_fetch()
    {
        Answer(200, """{"timeSeries":[],"executionErrors":[{"code":7,"message":"Permission denied on project other"}]}""");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Contains("Permission denied on project other", error.Message);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"timeSeries\": [")]
    [InlineData("{\"timeSeries\": [{\"points\": [{\"value\": {\"doubleValue\": \"lots\"}}]}]}")]
    [InlineData("")]
    public async Task A_malformed_body_is_a_clear_fetch_error_without_secrets(string body)
    {
        Answer(200, body);

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source().FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Equal("cpu", error.MetricName);
        Assert.Equal(CloudMonitoringFake.Account, error.AccountName);
        Assert.Contains("not readable", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_server_that_never_answers_in_time_is_a_timeout()
    {
        Answer(200, OnePage, delay: TimeSpan.FromSeconds(5));
        var http = new MetricSourceHttpOptions
        {
            MaxRetryAttempts = 1,
            FirstRetryDelay = TimeSpan.FromMilliseconds(10),
            AttemptTimeout = TimeSpan.FromMilliseconds(300),
            TotalTimeout = TimeSpan.FromSeconds(2),
        };

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source(http).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Contains("timed out", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_refused_token_is_reported_without_the_private_key_and_nothing_reaches_monitoring()
    {
        Answer(200, OnePage);
        _google.Server.Given(Request.Create().WithPath("/refusing-token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":"invalid_grant","error_description":"Invalid JWT Signature."}"""));

        var error = await Assert.ThrowsAsync<MetricFetchException>(() =>
            _google.Source(tokenUrl: _google.BaseUrl + "/refusing-token").FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Empty(_google.MonitoringRequests);
        Assert.Contains("access token", error.Message);
        Assert.Contains("invalid_grant", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_missing_key_file_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.json");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source(keyFile: missing).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Contains(missing, error.Message);
        Assert.Empty(_google.MonitoringRequests);
    }

    [Fact]
    public async Task A_key_file_that_is_not_a_service_account_key_is_refused_without_echoing_it()
    {
        var keyFile = _google.WriteKeyFile(tokenUri: _google.BaseUrl + CloudMonitoringFake.TokenPath, type: "authorized_user");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source(keyFile: keyFile).FetchAsync(CpuQuery(), CancellationToken.None));

        Assert.Contains("service-account key", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task Without_a_key_file_application_default_credentials_are_used()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"absent-adc-{Guid.NewGuid():N}.json");
        var before = Environment.GetEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS");
        Environment.SetEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS", missing);
        try
        {
            var error = await Assert.ThrowsAsync<MetricFetchException>(() => _google.Source(keyFile: "").FetchAsync(CpuQuery(), CancellationToken.None));

            Assert.Contains("application-default credentials are unavailable", error.Message);
            Assert.Empty(_google.Server.LogEntries);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS", before);
        }
    }

    [Fact]
    public async Task An_injected_scope_cannot_widen_the_filter()
    {
        Answer(200, OnePage);
        var query = Query(Cpu(), scope: "x\" OR resource.type=\"gce_instance");

        await _google.Source().FetchAsync(query, CancellationToken.None);

        var filter = CloudMonitoringFake.QueryOf(Assert.Single(_google.MonitoringRequests))["filter"];
        Assert.EndsWith("metadata.user_labels.\"spinnaker-server-group\"=\"x\\\" OR resource.type=\\\"gce_instance\"", filter);
    }

    [Fact]
    public async Task An_injected_project_is_refused_before_any_request()
    {
        var query = CpuQuery(new Dictionary<string, string> { ["project"] = "../../v1/other" });

        await Assert.ThrowsAsync<MetricQueryException>(() => _google.Source().FetchAsync(query, CancellationToken.None));

        Assert.Empty(_google.Server.LogEntries);
    }

    private void AssertNoSecrets(Exception error)
    {
        var text = error.ToString();
        Assert.DoesNotContain(CloudMonitoringFake.AccessToken, text);
        Assert.DoesNotContain("PRIVATE KEY", text);
        var keyBody = _google.PrivateKeyPem.Split('\n')[1];
        Assert.DoesNotContain(keyBody, text);
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }

    public void Dispose() => _google.Dispose();
}
