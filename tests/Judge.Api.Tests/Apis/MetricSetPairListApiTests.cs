using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Apis;

public sealed class MetricSetPairListApiTests : IDisposable
{
    private readonly JudgeApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Judge:Accounts:mem:Type"] = "memory",
        ["Judge:Limits:MaxSeriesLength"] = "50",
    });
    private readonly HttpClient _client;

    public MetricSetPairListApiTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Store_get_list_get_pair_and_delete()
    {
        var pairs = Samples.Pairs();
        pairs.Add(Samples.Pair("no_id", new JsonArray("NaN", 1, 2), Samples.Series(i => 1, 3)));
        var response = await _client.PostAsJsonAsync("/metricSetPairList", pairs);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["metricSetPairListId"]!.GetValue<string>();

        var stored = await _client.GetFromJsonAsync<JsonArray>($"/metricSetPairList/{id}");
        Assert.Equal(3, stored!.Count);
        Assert.Equal("NaN", stored[2]!["values"]!["control"]![0]!.GetValue<string>());
        Assert.True(Guid.TryParse(stored[2]!["id"]!.GetValue<string>(), out _));

        var pair = await _client.GetFromJsonAsync<JsonObject>($"/metricSetPairList/{id}/pair-errors");
        Assert.Equal("error_rate", pair!["name"]!.GetValue<string>());
        await ProblemAssert.IsProblem(await _client.GetAsync($"/metricSetPairList/{id}/nope"), HttpStatusCode.NotFound);

        var listing = await _client.GetFromJsonAsync<JsonArray>("/metricSetPairList");
        Assert.Equal(id, listing!.Single()!["id"]!.GetValue<string>());
        Assert.Equal("2024-05-06T07:08:09Z", listing![0]!["updatedTimestampIso"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/metricSetPairList/{id}")).StatusCode);
        await ProblemAssert.IsProblem(await _client.GetAsync($"/metricSetPairList/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await _client.DeleteAsync($"/metricSetPairList/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Too_long_series_and_missing_values_are_400_naming_the_pair()
    {
        var pairs = new JsonArray(
            Samples.Pair("long", Samples.Series(i => i, 51), Samples.Series(i => i, 3)),
            new JsonObject { ["name"] = "no_values" });

        var problem = await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/metricSetPairList", pairs), HttpStatusCode.BadRequest, "[0].values.control");

        Assert.True(problem.GetProperty("errors").TryGetProperty("[1].values.experiment", out _));
        Assert.Empty((await _client.GetFromJsonAsync<JsonArray>("/metricSetPairList"))!);
    }

    [Fact]
    public async Task Unknown_account_and_escaping_ids_are_400()
    {
        await ProblemAssert.IsProblem(await _client.GetAsync("/metricSetPairList?accountName=nope"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblem(await _client.GetAsync("/metricSetPairList/..%2F..%2Fetc"), HttpStatusCode.BadRequest, "metricSetPairListId");
    }
}
