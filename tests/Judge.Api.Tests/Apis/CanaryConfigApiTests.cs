using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Storage;

namespace Judge.Api.Tests.Apis;

public sealed class CanaryConfigApiTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly JudgeApiFactory _factory;
    private readonly HttpClient _client;

    public CanaryConfigApiTests()
    {
        _factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:disk:Type"] = "filesystem",
            ["Judge:Accounts:disk:Path"] = _folder.Path,
            ["Judge:Accounts:other:Type"] = "memory",
        });
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _folder.Dispose();
    }

    private async Task<string> CreateAsync(JsonObject config, string query = "")
    {
        var response = await _client.PostAsJsonAsync("/canaryConfig" + query, config);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["canaryConfigId"]!.GetValue<string>();
    }

    [Fact]
    public async Task Post_then_get_returns_the_config_with_id_and_Kayenta_timestamps_stored_as_name_json()
    {
        var id = await CreateAsync(Samples.Config());

        Assert.True(Guid.TryParse(id, out _));
        var stored = await _client.GetFromJsonAsync<JsonObject>($"/canaryConfig/{id}");
        Assert.Equal(id, stored!["id"]!.GetValue<string>());
        Assert.Equal("checkout-golden-signals", stored["name"]!.GetValue<string>());
        var now = JudgeApiFactory.Now.ToUnixTimeMilliseconds();
        Assert.Equal(now, stored["createdTimestamp"]!.GetValue<long>());
        Assert.Equal(now, stored["updatedTimestamp"]!.GetValue<long>());
        Assert.Equal("2024-05-06T07:08:09Z", stored["createdTimestampIso"]!.GetValue<string>());
        Assert.Equal("prometheus", stored["metrics"]![0]!["query"]!["type"]!.GetValue<string>());
        Assert.Equal(["canary_config/" + id + "/checkout-golden-signals.json"], _folder.Files());
    }

    [Fact]
    public async Task Post_keeps_a_given_id_and_timestamps_and_rejects_the_same_id_again()
    {
        var config = Samples.Config();
        config["id"] = "my-config";
        config["createdTimestamp"] = 1_000_500L;
        Assert.Equal("my-config", await CreateAsync(config));

        var stored = await _client.GetFromJsonAsync<JsonObject>("/canaryConfig/my-config");
        Assert.Equal(1_000_500L, stored!["updatedTimestamp"]!.GetValue<long>());
        Assert.Equal("1970-01-01T00:16:40.500Z", stored["createdTimestampIso"]!.GetValue<string>());

        config["name"] = "another-name";
        var again = await _client.PostAsJsonAsync("/canaryConfig", config);
        var problem = await ProblemAssert.IsProblem(again, HttpStatusCode.BadRequest, "id");
        Assert.Contains("'my-config' already exists", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Names_are_unique_among_configs_sharing_an_application()
    {
        await CreateAsync(Samples.Config("shared", "checkout", "cart"));

        var clash = await _client.PostAsJsonAsync("/canaryConfig", Samples.Config("shared", "cart"));
        var problem = await ProblemAssert.IsProblem(clash, HttpStatusCode.BadRequest, "name");
        Assert.Contains("[cart]", problem.GetProperty("detail").GetString());

        // Same name, disjoint applications: allowed, as in Kayenta.
        await CreateAsync(Samples.Config("shared", "search"));
    }

    [Fact]
    public async Task List_filters_by_any_of_the_repeated_application_parameters()
    {
        var a = await CreateAsync(Samples.Config("a", "checkout"));
        var b = await CreateAsync(Samples.Config("b", "cart"));
        await CreateAsync(Samples.Config("c", "search"));

        var all = await _client.GetFromJsonAsync<JsonArray>("/canaryConfig");
        Assert.Equal(["a", "b", "c"], all!.Select(s => s!["name"]!.GetValue<string>()));

        var some = await _client.GetFromJsonAsync<JsonArray>("/canaryConfig?application=checkout&application=cart");
        Assert.Equal([a, b], some!.Select(s => s!["id"]!.GetValue<string>()));
        var first = some![0]!.AsObject();
        Assert.Equal(["id", "name", "updatedTimestamp", "updatedTimestampIso", "applications"], first.Select(p => p.Key));
        Assert.Equal("checkout", first["applications"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_replaces_renames_and_sets_updatedTimestamp_to_now()
    {
        var id = await CreateAsync(Samples.Config("before"));
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await _client.PutAsJsonAsync($"/canaryConfig/{id}", Samples.Config("after"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (await response.Content.ReadFromJsonAsync<JsonObject>())!["canaryConfigId"]!.GetValue<string>());

        var stored = await _client.GetFromJsonAsync<JsonObject>($"/canaryConfig/{id}");
        Assert.Equal("after", stored!["name"]!.GetValue<string>());
        Assert.Equal(JudgeApiFactory.Now.ToUnixTimeMilliseconds(), stored["createdTimestamp"]!.GetValue<long>());
        Assert.Equal(JudgeApiFactory.Now.AddMinutes(5).ToUnixTimeMilliseconds(), stored["updatedTimestamp"]!.GetValue<long>());
        Assert.Equal([$"canary_config/{id}/after.json"], _folder.Files());
    }

    [Fact]
    public async Task Put_of_an_unknown_id_is_404_and_a_differing_body_id_is_400()
    {
        await ProblemAssert.IsProblem(await _client.PutAsJsonAsync("/canaryConfig/nope", Samples.Config()), HttpStatusCode.NotFound);

        var id = await CreateAsync(Samples.Config());
        var config = Samples.Config();
        config["id"] = "something-else";
        await ProblemAssert.IsProblem(await _client.PutAsJsonAsync($"/canaryConfig/{id}", config), HttpStatusCode.BadRequest, "id");
    }

    [Fact]
    public async Task Delete_answers_204_then_404()
    {
        var id = await CreateAsync(Samples.Config());

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/canaryConfig/{id}")).StatusCode);
        await ProblemAssert.IsProblem(await _client.GetAsync($"/canaryConfig/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await _client.DeleteAsync($"/canaryConfig/{id}"), HttpStatusCode.NotFound);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task ConfigurationAccountName_selects_the_store_and_an_unknown_one_is_400()
    {
        var id = await CreateAsync(Samples.Config(), "?configurationAccountName=other");

        Assert.Empty(_folder.Files());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/canaryConfig/{id}?configurationAccountName=other")).StatusCode);
        await ProblemAssert.IsProblem(await _client.GetAsync($"/canaryConfig/{id}"), HttpStatusCode.NotFound);

        var unknown = await _client.GetAsync("/canaryConfig?configurationAccountName=nope");
        var problem = await ProblemAssert.IsProblem(unknown, HttpStatusCode.BadRequest);
        Assert.Equal("Unable to resolve account nope.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("a..b")]
    [InlineData("a%2F..%2Fb")]
    [InlineData("x%01y")]
    [InlineData("x%0Ay")]
    [InlineData(".hidden")]
    public async Task Ids_that_could_leave_the_store_are_400(string id)
    {
        await ProblemAssert.IsProblem(await _client.GetAsync($"/canaryConfig/{id}"), HttpStatusCode.BadRequest, "id");
        await ProblemAssert.IsProblem(await _client.DeleteAsync($"/canaryConfig/{id}"), HttpStatusCode.BadRequest, "id");
        await ProblemAssert.IsProblem(await _client.PutAsJsonAsync($"/canaryConfig/{id}", Samples.Config()), HttpStatusCode.BadRequest, "id");
    }

    [Fact]
    public async Task A_body_id_that_could_leave_the_store_is_400()
    {
        var config = Samples.Config();
        config["id"] = "../escape";
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/canaryConfig", config), HttpStatusCode.BadRequest, "id");
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task An_invalid_config_is_400_naming_every_field()
    {
        var config = Samples.Config("bad,name");
        config["applications"] = new JsonArray();
        config["metrics"]![1]!["name"] = "p99_latency";
        config["metrics"]![0]!["analysisConfigurations"]!["canary"]!["critical"] = "true";

        var response = await _client.PostAsJsonAsync("/canaryConfig", config);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "name");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("applications", out _));
        Assert.Contains("'p99_latency' is duplicated", errors.GetProperty("metrics[1].name")[0].GetString());
        Assert.True(errors.TryGetProperty("metrics[0].analysisConfigurations.canary.critical", out _));
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_missing_body_is_400()
    {
        using var empty = new StringContent("", System.Text.Encoding.UTF8, "application/json");
        await ProblemAssert.IsProblem(await _client.PostAsync("/canaryConfig", empty), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Configs_round_trip_query_fields_and_free_form_maps()
    {
        var id = await CreateAsync(Samples.Config());
        var stored = await _client.GetFromJsonAsync<JsonObject>($"/canaryConfig/{id}");

        var expected = Samples.Config();
        Assert.True(JsonNode.DeepEquals(expected["metrics"], stored!["metrics"]), stored["metrics"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected["templates"], stored["templates"]));
        Assert.Equal(JsonValueKind.Object, stored["judge"]!["judgeConfigurations"]!.GetValueKind());
    }
}
