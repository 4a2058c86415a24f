using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Apis;

public sealed class MetricSetListApiTests : IClassFixture<JudgeApiFactory>
{
    private readonly HttpClient _client;

    public MetricSetListApiTests(JudgeApiFactory factory) => _client = factory.CreateClient();

    private static JsonObject MetricSet(string name, int count) => new()
    {
        ["name"] = name,
        ["tags"] = new JsonObject { ["instance"] = "a" },
        ["startTimeMillis"] = 0,
        ["startTimeIso"] = "1970-01-01T00:00:00Z",
        ["endTimeMillis"] = count * 60_000,
        ["endTimeIso"] = "1970-01-01T01:00:00Z",
        ["stepMillis"] = 60_000,
        ["values"] = Samples.Series(i => i * 0.5, count),
        ["attributes"] = new JsonObject { ["query"] = "up" },
    };

    [Fact]
    public async Task Store_get_list_and_delete()
    {
        var response = await _client.PostAsJsonAsync("/metricSetList", new JsonArray(MetricSet("cpu", 4)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["metricSetListId"]!.GetValue<string>();

        var stored = await _client.GetFromJsonAsync<JsonArray>($"/metricSetList/{id}");
        Assert.True(JsonNode.DeepEquals(MetricSet("cpu", 4), stored!.Single()), stored!.ToJsonString());
        Assert.Contains((await _client.GetFromJsonAsync<JsonArray>("/metricSetList"))!, s => s!["id"]!.GetValue<string>() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/metricSetList/{id}")).StatusCode);
        await ProblemAssert.IsProblem(await _client.GetAsync($"/metricSetList/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_sets_are_400_naming_the_field()
    {
        var set = MetricSet("", 2);
        set.Remove("values");
        var problem = await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/metricSetList", new JsonArray(set)), HttpStatusCode.BadRequest, "[0].name");
        Assert.True(problem.GetProperty("errors").TryGetProperty("[0].values", out _));
        await ProblemAssert.IsProblem(await _client.GetAsync("/metricSetList/a..b"), HttpStatusCode.BadRequest, "metricSetListId");
    }
}
