using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Apis;

public sealed class FetchApiTests : IDisposable
{
    private const string Window = "metricSetName=cpu&scope=canary&start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&step=60";

    private readonly JudgeApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Judge:Accounts:mem:Type"] = "memory",
        ["Judge:Accounts:prom:Type"] = "prometheus",
        ["Judge:Accounts:prom:BaseUrl"] = "http://127.0.0.1:9",
        ["Judge:Accounts:dd:Type"] = "datadog",
        ["Judge:Accounts:dd:BaseUrl"] = "http://127.0.0.1:9",
        ["Judge:Accounts:dd:ApiKey"] = "k",
        ["Judge:Accounts:dd:ApplicationKey"] = "a",
        ["Judge:MetricSourceHttp:MaxRetryAttempts"] = "1",
        ["Judge:MetricSourceHttp:FirstRetryDelay"] = "00:00:00.010",
    }, fakeClock: false);
    private readonly HttpClient _client;

    public FetchApiTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task DryRun_returns_the_query_the_account_would_send_without_type_in_the_body()
    {
        var body = new JsonObject { ["customInlineTemplate"] = "PromQL:sum(rate(http_requests_total{version=\"${scope}\"}[1m]))" };

        var response = await _client.PostAsJsonAsync($"/fetch/prometheus/query?{Window}&dryRun=true", body);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var query = (await response.Content.ReadFromJsonAsync<JsonObject>())!["query"]!.GetValue<string>();
        Assert.Contains("version=\"canary\"", query);
    }

    [Fact]
    public async Task The_metrics_account_must_be_of_the_routes_provider()
    {
        var response = await _client.PostAsJsonAsync($"/fetch/prometheus/query?{Window}&dryRun=true&metricsAccountName=dd", new JsonObject { ["metricName"] = "up" });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("datadog account", problem.GetProperty("detail").GetString());
        // No stackdriver account is configured.
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync($"/fetch/stackdriver/query?{Window}&dryRun=true", new JsonObject()), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unreachable_provider_is_a_502_problem()
    {
        var response = await _client.PostAsJsonAsync($"/fetch/prometheus/query?{Window}", new JsonObject { ["customInlineTemplate"] = "PromQL:up" });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadGateway);
        Assert.Contains("account 'prom'", problem.GetProperty("detail").GetString());
        Assert.Empty((await _client.GetFromJsonAsync<JsonArray>("/metricSetList"))!);
    }
}
