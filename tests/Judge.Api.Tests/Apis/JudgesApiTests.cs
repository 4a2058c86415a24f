using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Apis;

public sealed class JudgesApiTests : IClassFixture<JudgeApiFactory>
{
    private readonly HttpClient _client;

    public JudgesApiTests(JudgeApiFactory factory) => _client = factory.CreateClient();

    private static JsonObject InlineRequest(JsonObject? config = null, JsonArray? pairs = null) => new()
    {
        ["canaryConfig"] = config ?? Samples.Config(),
        ["metricSetPairs"] = pairs ?? Samples.Pairs(),
        ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
    };

    [Fact]
    public async Task Lists_both_judges_with_the_exact_judge_first()
    {
        var judges = await _client.GetFromJsonAsync<JsonArray>("/judges");

        Assert.Equal(["ExactACAJudge-v2", "ExactACAJudge-v1", "NetflixACAJudge-v1.0"], judges!.Select(j => j!["name"]!.GetValue<string>()));
        Assert.All(judges!, j => Assert.True(j!["visible"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("NetflixACAJudge-v1.0")]
    [InlineData("ExactACAJudge-v1")]
    public async Task Inline_judge_runs_the_named_judge_on_the_body(string judgeName)
    {
        var config = Samples.Config();
        config["judge"]!["name"] = judgeName;

        var response = await _client.PostAsJsonAsync("/judges/judge/inline", InlineRequest(config));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(judgeName, result["judgeName"]!.GetValue<string>());
        var results = result["results"]!.AsArray();
        Assert.Equal("High", results.Single(r => r!["name"]!.GetValue<string>() == "p99_latency")!["classification"]!.GetValue<string>());
        Assert.Equal("Pass", results.Single(r => r!["name"]!.GetValue<string>() == "error_rate")!["classification"]!.GetValue<string>());
        Assert.Equal("pair-latency", results[0]!["id"]!.GetValue<string>());
        // latency (60) failed, errors (40) passed: 40 < 75.
        Assert.Equal(40.0, result["score"]!["score"]!.GetValue<double>(), 6);
        Assert.Equal("Fail", result["score"]!["classification"]!.GetValue<string>());
    }

    private static JsonObject UngroupedConfig(params string[] metrics) => new()
    {
        ["name"] = "simplest",
        ["applications"] = new JsonArray("checkout"),
        ["metrics"] = new JsonArray(metrics.Select(m => (JsonNode)new JsonObject
        {
            ["name"] = m,
            ["scopeName"] = "default",
            ["query"] = new JsonObject { ["type"] = "prometheus", ["metricName"] = m },
            ["analysisConfigurations"] = new JsonObject { ["canary"] = new JsonObject { ["direction"] = "increase" } },
        }).ToArray()),
    };

    private static JsonObject Pair(string name, double[] control, double[] experiment) => new()
    {
        ["name"] = name,
        ["values"] = new JsonObject { ["control"] = new JsonArray(control.Select(v => (JsonNode)v).ToArray()), ["experiment"] = new JsonArray(experiment.Select(v => (JsonNode)v).ToArray()) },
    };

    private static readonly double[] Steady = [10, 11, 12, 10, 11, 12, 10, 11];
    private static readonly double[] Doubled = [20, 21, 22, 20, 21, 22, 20, 21];

    [Fact]
    public async Task Metrics_without_a_group_are_judged_as_one_implicit_group()
    {
        var response = await _client.PostAsJsonAsync("/judges/judge/inline",
            InlineRequest(UngroupedConfig("latency"), new JsonArray(Pair("latency", Steady, Steady))));

        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToJsonString());
        Assert.Equal(100.0, result["score"]!["score"]!.GetValue<double>());
        Assert.Equal("Pass", result["score"]!["classification"]!.GetValue<string>());
        var group = Assert.Single(result["groupScores"]!.AsArray());
        Assert.Equal("ungrouped", group!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_classifier_weights_every_group_weighs_the_same()
    {
        var config = UngroupedConfig("latency", "errors", "cpu", "memory");
        for (var i = 0; i < 4; i++)
            config["metrics"]![i]!["groups"] = new JsonArray($"g{i}");
        // One of four equally weighted groups fails: 75.
        var pairs = new JsonArray(Pair("latency", Steady, Doubled), Pair("errors", Steady, Steady), Pair("cpu", Steady, Steady), Pair("memory", Steady, Steady));

        var result = await (await _client.PostAsJsonAsync("/judges/judge/inline", InlineRequest(config, pairs))).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(75.0, result!["score"]!["score"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task Inline_judge_without_judge_name_uses_the_default_judge()
    {
        var config = Samples.Config();
        config.Remove("judge");

        var result = await (await _client.PostAsJsonAsync("/judges/judge/inline", InlineRequest(config))).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal("ExactACAJudge-v2", result!["judgeName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Inline_judge_names_the_bad_fields()
    {
        var request = InlineRequest(pairs: new JsonArray(Samples.Pair("unknown_metric", Samples.Series(i => i), Samples.Series(i => i))));
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/judges/judge/inline", request), HttpStatusCode.BadRequest, "metricSetPairs[0].name");

        request = InlineRequest();
        request["thresholds"] = new JsonObject { ["pass"] = 50, ["marginal"] = 75 };
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/judges/judge/inline", request), HttpStatusCode.BadRequest, "thresholds.marginal");

        request = InlineRequest();
        request["canaryConfig"]!["judge"]!["name"] = "dredd-v1.0";
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/judges/judge/inline", request), HttpStatusCode.BadRequest, "canaryConfig.judge.name");

        request = InlineRequest();
        request["canaryConfig"]!["metrics"]![0]!["analysisConfigurations"]!["canary"]!["effectSize"] = new JsonObject { ["allowedIncrease"] = "1.2" };
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/judges/judge/inline", request), HttpStatusCode.BadRequest,
            "canaryConfig.metrics[0].analysisConfigurations.canary.effectSize.allowedIncrease");

        request = InlineRequest();
        request.Remove("metricSetPairs");
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/judges/judge/inline", request), HttpStatusCode.BadRequest, "metricSetPairs");
    }

    [Fact]
    public async Task Stored_judge_loads_the_config_and_the_pair_list()
    {
        var configId = (await (await _client.PostAsJsonAsync("/canaryConfig", Samples.Config("stored-judge")))
            .Content.ReadFromJsonAsync<JsonObject>())!["canaryConfigId"]!.GetValue<string>();
        var listId = (await (await _client.PostAsJsonAsync("/metricSetPairList", Samples.Pairs()))
            .Content.ReadFromJsonAsync<JsonObject>())!["metricSetPairListId"]!.GetValue<string>();

        var response = await _client.PostAsync(
            $"/judges/judge?canaryConfigId={configId}&metricSetPairListId={listId}&passThreshold=95&marginalThreshold=30", null);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("NetflixACAJudge-v1.0", result!["judgeName"]!.GetValue<string>());
        Assert.Equal("Marginal", result["score"]!["classification"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stored_judge_answers_404_for_unknown_ids_and_400_for_bad_parameters()
    {
        var configId = (await (await _client.PostAsJsonAsync("/canaryConfig", Samples.Config("stored-judge-404")))
            .Content.ReadFromJsonAsync<JsonObject>())!["canaryConfigId"]!.GetValue<string>();

        await ProblemAssert.IsProblem(await _client.PostAsync(
            "/judges/judge?canaryConfigId=missing&metricSetPairListId=missing&passThreshold=95&marginalThreshold=75", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await _client.PostAsync(
            $"/judges/judge?canaryConfigId={configId}&metricSetPairListId=missing&passThreshold=95&marginalThreshold=75", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await _client.PostAsync(
            $"/judges/judge?canaryConfigId={configId}&metricSetPairListId=x&passThreshold=195&marginalThreshold=75", null), HttpStatusCode.BadRequest, "passThreshold");
        await ProblemAssert.IsProblem(await _client.PostAsync(
            $"/judges/judge?canaryConfigId={configId}&metricSetPairListId=x&passThreshold=abc&marginalThreshold=75", null), HttpStatusCode.BadRequest, "passThreshold");
        await ProblemAssert.IsProblem(await _client.PostAsync(
            $"/judges/judge?canaryConfigId=..%2Fx&metricSetPairListId=x&passThreshold=95&marginalThreshold=75", null), HttpStatusCode.BadRequest, "canaryConfigId");
        await ProblemAssert.IsProblem(await _client.PostAsync("/judges/judge", null), HttpStatusCode.BadRequest, "marginalThreshold");
    }
}
