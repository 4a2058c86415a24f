using Judge.MetricSources.Tests.Shared;
using Judge.MetricSources.Datadog;
using static Judge.MetricSources.Tests.Datadog.DatadogQueries;

namespace Judge.MetricSources.Tests.Datadog;

public sealed class DatadogMetricSourceTests : IDisposable
{
    private const string OkBody = """
        {
          "status": "ok", "res_type": "time_series", "resp_version": 1, "query": "sum:app.errors{tag:some-tag}",
          "from_date": 1620785040000, "to_date": 1620785100000, "group_by": ["host"], "message": "",
          "series": [
            { "metric": "app.errors", "display_name": "app.errors", "aggr": "sum", "query_index": 0, "unit": null,
              "expression": "sum:app.errors{host:a,tag:some-tag}", "scope": "host:a,tag:some-tag", "tag_set": ["host:a", "tag:some-tag"],
              "start": 1620785040000, "end": 1620785099000, "interval": 20, "length": 2,
              "pointlist": [[1620785040000.0, 4.0], [1620785080000.0, 6.5]], "attributes": {} },
            { "metric": "app.errors", "display_name": "app.errors", "aggr": "sum", "query_index": 0, "unit": null,
              "expression": "sum:app.errors{host:b,tag:some-tag}", "scope": "host:b,tag:some-tag", "tag_set": ["host:b", "tag:some-tag"],
              "start": 1620785040000, "end": 1620785099000, "interval": 20, "length": 3,
              "pointlist": [[1620785040000.0, 1.0], [1620785060000.0, null], [1620785080000.0, 2.0]], "attributes": {} }
          ]
        }
        """;

    private readonly DatadogApiFake _datadog = new();

    private static MetricQuery ErrorsQuery => Query(new DatadogQueryConfig { MetricName = "sum:app.errors" });

    private void Answer(int status, string body, string? scenarioState = null, string? nextState = null, TimeSpan? delay = null,
        IDictionary<string, string>? headers = null) =>
        _datadog.Server.AnswerGet("/api/v1/query", status, body, scenarioState, nextState, delay, headers);

    [Fact]
    public async Task Sends_the_documented_request_with_both_keys()
    {
        Answer(200, OkBody);

        await _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None);

        var request = Assert.Single(_datadog.Requests);
        Assert.Equal("GET", request.RequestMessage.Method);
        Assert.Equal("/api/v1/query", request.RequestMessage.Path);
        var query = DatadogApiFake.QueryOf(request);
        Assert.Equal("1620785040", query["from"]);
        Assert.Equal("1620785100", query["to"]);
        Assert.Equal("sum:app.errors{tag:some-tag}", query["query"]);
        Assert.Equal(DatadogApiFake.ApiKey, DatadogApiFake.HeaderOf(request, "DD-API-KEY"));
        Assert.Equal(DatadogApiFake.ApplicationKey, DatadogApiFake.HeaderOf(request, "DD-APPLICATION-KEY"));
    }

    [Fact]
    public async Task Query_text_with_url_special_characters_arrives_intact()
    {
        Answer(200, """{"status":"ok","series":[]}""");
        const string template = "(sum:app.errors{${scope}} + sum:app.timeouts{${scope}}) / sum:app.requests{${scope}}.as_count() * 100 # 50% & more";
        var query = Query(new DatadogQueryConfig { CustomInlineTemplate = template });

        await _datadog.Source().FetchAsync(query, CancellationToken.None);

        Assert.Equal(template.Replace("${scope}", "tag:some-tag"), DatadogApiFake.QueryOf(Assert.Single(_datadog.Requests))["query"]);
    }

    [Fact]
    public async Task Epoch_seconds_beyond_32_bits_are_sent_whole()
    {
        Answer(200, """{"status":"ok","series":[]}""");
        var late = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var query = ErrorsQuery with { Scope = ErrorsQuery.Scope with { Start = late, End = late.AddHours(1) } };

        await _datadog.Source().FetchAsync(query, CancellationToken.None);

        Assert.Equal(late.ToUnixTimeSeconds().ToString(), DatadogApiFake.QueryOf(Assert.Single(_datadog.Requests))["from"]);
    }

    [Fact]
    public async Task Returns_one_tagged_metric_set_per_series_with_nulls_and_gaps_as_NaN()
    {
        Answer(200, OkBody);

        var sets = await _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None);

        Assert.Equal(2, sets.Count);
        Assert.Equal("a", sets[0].Tags["host"]);
        Assert.Equal("some-tag", sets[0].Tags["tag"]);
        Assert.Equal([4.0, double.NaN, 6.5], sets[0].Values);
        Assert.Equal("b", sets[1].Tags["host"]);
        Assert.Equal([1.0, double.NaN, 2.0], sets[1].Values);
        Assert.All(sets, s => Assert.Equal(20_000, s.StepMillis));
        Assert.All(sets, s => Assert.Equal("sum:app.errors{tag:some-tag}", s.Attributes["query"]));
    }

    [Fact]
    public void Build_query_is_what_fetch_sends()
    {
        Assert.Equal("sum:app.errors{tag:some-tag}", _datadog.Source().BuildQuery(ErrorsQuery));
    }

    [Fact]
    public async Task An_injected_scope_is_refused_before_any_request()
    {
        Answer(200, OkBody);
        var query = Query(new DatadogQueryConfig { MetricName = "sum:app.errors" }, "env:prod} + sum:other{*");

        await Assert.ThrowsAsync<MetricQueryException>(() => _datadog.Source().FetchAsync(query, CancellationToken.None));

        Assert.Empty(_datadog.Requests);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_until_success()
    {
        Answer(429, """{"errors":["Rate limit exceeded"]}""", nextState: "limited", headers: new Dictionary<string, string> { ["Retry-After"] = "1" });
        Answer(200, OkBody, scenarioState: "limited");

        var sets = await _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None);

        Assert.Equal(2, sets.Count);
        Assert.Equal(2, _datadog.Requests.Count);
    }

    [Fact]
    public async Task A_5xx_is_retried_until_success()
    {
        Answer(503, "upstream unavailable", nextState: "recovered");
        Answer(200, OkBody, scenarioState: "recovered");

        var sets = await _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None);

        Assert.Equal(2, sets.Count);
        Assert.Equal(2, _datadog.Requests.Count);
    }

    [Fact]
    public async Task A_4xx_is_not_retried_and_its_errors_are_reported_without_keys()
    {
        // An error body that echoes a key back must not carry it into the message.
        Answer(400, $$"""{"errors":["Error parsing query: unexpected '}' for key {{DatadogApiFake.ApiKey}}"]}""");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None));

        Assert.Single(_datadog.Requests);
        Assert.Equal("errors", error.MetricName);
        Assert.Equal(DatadogApiFake.Account, error.AccountName);
        Assert.Contains("400", error.Message);
        Assert.Contains("Error parsing query", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task Forbidden_is_reported_naming_metric_and_account()
    {
        Answer(403, """{"errors":["Forbidden"]}""");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None));

        Assert.Single(_datadog.Requests);
        Assert.Contains("'errors'", error.Message);
        Assert.Contains($"'{DatadogApiFake.Account}'", error.Message);
        Assert.Contains("Forbidden", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task An_error_reported_in_a_200_body_fails_the_fetch()
    {
        Answer(200, """{"status":"error","res_type":"time_series","series":[],"error":"Rollup interval too small"}""");

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None));

        Assert.Contains("Rollup interval too small", error.Message);
    }

    [Theory]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("{\"series\": [ {\"start\": ")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public async Task A_malformed_body_is_a_clear_fetch_error_without_keys(string body)
    {
        Answer(200, body);

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _datadog.Source().FetchAsync(ErrorsQuery, CancellationToken.None));

        Assert.Equal("errors", error.MetricName);
        Assert.Equal(DatadogApiFake.Account, error.AccountName);
        Assert.Contains("not readable", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_server_that_never_answers_in_time_is_a_timeout()
    {
        Answer(200, OkBody, delay: TimeSpan.FromSeconds(5));
        var http = new MetricSourceHttpOptions
        {
            MaxRetryAttempts = 1,
            FirstRetryDelay = TimeSpan.FromMilliseconds(10),
            AttemptTimeout = TimeSpan.FromMilliseconds(200),
            TotalTimeout = TimeSpan.FromSeconds(2),
        };

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => _datadog.Source(http).FetchAsync(ErrorsQuery, CancellationToken.None));

        Assert.Contains("timed out", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public async Task A_refused_connection_is_a_fetch_error()
    {
        var source = _datadog.Source(new MetricSourceHttpOptions { MaxRetryAttempts = 1, FirstRetryDelay = TimeSpan.FromMilliseconds(10) });
        _datadog.Server.Stop();

        var error = await Assert.ThrowsAsync<MetricFetchException>(() => source.FetchAsync(ErrorsQuery, CancellationToken.None));

        Assert.Contains("failed", error.Message);
        AssertNoSecrets(error);
    }

    [Fact]
    public void Registration_refuses_missing_keys_without_echoing_them()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddDatadogAccount("dd",
            new DatadogAccountOptions { ApiKey = DatadogApiFake.ApiKey, ApplicationKey = "" }));

        Assert.Contains("ApplicationKey", error.Message);
        Assert.DoesNotContain(DatadogApiFake.ApiKey, error.Message);
    }

    private static void AssertNoSecrets(Exception error)
    {
        var text = error.ToString();
        Assert.DoesNotContain(DatadogApiFake.ApiKey, text);
        Assert.DoesNotContain(DatadogApiFake.ApplicationKey, text);
    }

    public void Dispose() => _datadog.Dispose();
}
