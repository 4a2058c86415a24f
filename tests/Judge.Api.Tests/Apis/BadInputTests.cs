using System.Net;
using System.Text;

namespace Judge.Api.Tests.Apis;

/// <summary>Bad input of every kind gets a 4xx problem naming the field; none reaches the 500 handler.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly JudgeApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Judge:Accounts:mem:Type"] = "memory",
        ["Judge:Accounts:prom:Type"] = "prometheus",
        ["Judge:Accounts:prom:BaseUrl"] = "http://127.0.0.1:9",
        ["Judge:Limits:MaxBodyBytes"] = "2000",
        ["Judge:Limits:MaxMetrics"] = "3",
    });
    private readonly HttpClient _client;

    public BadInputTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static TheoryData<string, string, string, string?> BadRequests() => new()
    {
        // method, path, body, field the problem must name
        { "POST", "/canaryConfig", "{\"name\": ", "name" },
        { "POST", "/canaryConfig", "not json", "$" },
        { "POST", "/canaryConfig", "[1,2]", "$" },
        { "POST", "/canaryConfig", "{\"name\": 5}", "name" },
        { "POST", "/canaryConfig", "{\"metrics\": [{\"name\": \"m\", \"query\": {\"type\": \"graphite\"}}]}", "metrics[0].query.type" },
        { "POST", "/canaryConfig", "{\"metrics\": {}}", "metrics" },
        { "POST", "/canaryConfig", "{\"classifier\": {\"groupWeights\": {\"a\": \"x\"}}}", "classifier.groupWeights.a" },
        { "POST", "/canaryConfig", "{\"createdTimestamp\": \"yesterday\"}", "createdTimestamp" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"}},{\"name\":\"b\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"}},{\"name\":\"c\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"}},{\"name\":\"d\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"}}]}", "metrics" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\",\"customFilterTemplate\":\"missing\"}}]}", "metrics[0].query.customFilterTemplate" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"}}],\"classifier\":{\"groupWeights\":{\"x\":70,\"y\":40}}}", "classifier.groupWeights" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"}}],\"classifier\":{\"groupWeights\":{\"x\":-1}}}", "classifier.groupWeights.x" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"\",\"query\":{\"type\":\"prometheus\"}}]}", "metrics[0].scopeName" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"default\"}]}", "metrics[0].query" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"},\"analysisConfigurations\":{\"canary\":{\"outliers\":{\"outlierFactor\":\"3\"}}}}]}", "metrics[0].analysisConfigurations.canary.outliers.outlierFactor" },
        { "POST", "/canaryConfig", "{\"name\":\"n\",\"applications\":[\"a\"],\"metrics\":[{\"name\":\"a\",\"scopeName\":\"default\",\"query\":{\"type\":\"prometheus\"},\"analysisConfigurations\":{\"canary\":{\"unit\":5}}}]}", "metrics[0].analysisConfigurations.canary.unit" },
        { "PUT", "/canaryConfig/some-id", "{\"name\": [] }", "name" },
        { "POST", "/metricSetPairList", "{}", "$" },
        { "POST", "/metricSetPairList", "[{\"name\":\"a\",\"values\":{\"control\":[\"x\"],\"experiment\":[]}}]", "[0].values.control[0]" },
        { "POST", "/metricSetList", "[{\"name\":\"a\",\"values\":[true]}]", "[0].values[0]" },
        { "POST", "/judges/judge/inline", "{\"canaryConfig\": 3}", "canaryConfig" },
        { "POST", "/judges/judge/inline", "{}", "canaryConfig" },
        { "POST", "/judges/judge?canaryConfigId=a&metricSetPairListId=b&passThreshold=NaN&marginalThreshold=1", "", "passThreshold" },
        { "POST", "/judges/judge?canaryConfigId=a&metricSetPairListId=b&passThreshold=1e999&marginalThreshold=1", "", "passThreshold" },
        { "POST", "/fetch/prometheus/query?metricSetName=m&start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z", "{\"metricName\": 3}", "metricName" },
        { "POST", "/fetch/prometheus/query?metricSetName=m&start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z", "{\"type\": \"datadog\"}", "type" },
        { "POST", "/fetch/prometheus/query?metricSetName=m&start=yesterday&end=2024-01-01T01:00:00Z", "{}", "start" },
        { "POST", "/fetch/prometheus/query?start=2024-01-01T02:00:00Z&end=2024-01-01T01:00:00Z", "{}", "end" },
        { "POST", "/fetch/prometheus/query?metricSetName=m&start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&step=0", "{}", "step" },
        { "POST", "/fetch/prometheus/query?metricSetName=m&start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&step=abc", "{}", "step" },
        { "POST", "/fetch/prometheus/query?metricSetName=m&start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&dryRun=maybe", "{}", "dryRun" },
        { "GET", "/canaryConfig/%01", "", "id" },
        { "GET", "/canaryConfig/" + new string('a', 201), "", "id" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_requests_are_400_problems_naming_the_field(string method, string path, string body, string? field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body.Length > 0) request.Content = Json(body);

        await ProblemAssert.IsProblem(await _client.SendAsync(request), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_with_its_declared_length()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("1.5", 1000)) + "]";

        var response = await _client.PostAsync("/metricSetList", Json(body));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("MaxBodyBytes", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/metricSetList", "[{{\"name\":\"a\",\"values\":[{0}]}}]")]
    [InlineData("/metricSetPairList", "[{{\"name\":\"a\",\"values\":{{\"control\":[{0}],\"experiment\":[1]}}}}]")]
    public async Task A_chunked_body_over_the_limit_is_413(string route, string shape)
    {
        var body = Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, string.Join(",", Enumerable.Repeat("1.5", 1000))));
        using var content = new StreamContent(new NonSeekableStream(body));
        content.Headers.ContentType = new("application/json");
        Assert.Null(content.Headers.ContentLength);

        var response = await _client.PostAsync(route, content);

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(await _client.GetFromJsonAsyncArray(route));
    }

    [Theory]
    [InlineData("/metricSetList")]
    [InlineData("/metricSetPairList")]
    [InlineData("/judges/judge/inline")]
    public async Task A_body_that_is_not_declared_as_json_is_415(string route)
    {
        var response = await _client.PostAsync(route, new StringContent("[]", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Unknown_routes_and_methods_get_problem_bodies()
    {
        await ProblemAssert.IsProblem(await _client.GetAsync("/no-such-route"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await _client.PostAsync("/fetch/graphite/query", Json("{}")), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await _client.PatchAsync("/canaryConfig", Json("{}")), HttpStatusCode.MethodNotAllowed);
    }

    /// <summary>A stream whose length HttpClient cannot know, so the body goes chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

internal static class HttpClientJson
{
    public static async Task<System.Text.Json.Nodes.JsonArray> GetFromJsonAsyncArray(this HttpClient client, string path) =>
        (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>(client, path))!;
}
