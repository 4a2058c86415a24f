using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Gates;
using Judge.Api.Tests.StandaloneAnalyses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Gates;

/// <summary>
/// A gate polled repeatedly under one analysisId: each poll is the next look of one stored gate analysis, held (with
/// ExactACAJudge-v2) to the open-ended boundary 1 − 2 %/(k·(k + 1)); once a look fails, later polls answer it again.
/// </summary>
public sealed class GateAnalysisTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempStore store = new();
    private readonly FakeTimeProvider clock = new(T0);

    public void Dispose() => store.Dispose();

    private static JsonObject Request() => new()
    {
        ["scopes"] = new JsonObject
        {
            ["default"] = new JsonObject
            {
                ["controlScope"] = new JsonObject { ["scope"] = "baseline", ["location"] = "us-east1", ["step"] = 10 },
                ["experimentScope"] = new JsonObject { ["scope"] = "canary", ["location"] = "us-east1", ["step"] = 10 },
            },
        },
        ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
    };

    private async Task<(HttpStatusCode Status, JsonObject Body)> PollAsync(HttpClient http, string configId, string? analysisId)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        var query = $"/canary/{configId}/verdict?application=checkout&lookback=10m&{AnalysisClient.Accounts}"
            + (analysisId is null ? "" : "&analysisId=" + Uri.EscapeDataString(analysisId));
        var response = await http.PostAsJsonAsync(query, Request());
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task Every_poll_with_the_same_id_is_the_next_look_held_to_its_open_ended_boundary()
    {
        var source = new WindowMetricSource { DistinctCanaryNoise = true };
        await using var host = new StandaloneAnalysisHost(store.Path, clock, source);
        var http = host.CreateClient();
        var configId = await new AnalysisClient(http, clock).CreateConfigAsync();

        var looks = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
            looks.Add((await PollAsync(http, configId, "checkout/canary-7d9f")).Body);
        var other = (await PollAsync(http, configId, "checkout/canary-8e0a")).Body;
        var plain = (await PollAsync(http, configId, null)).Body;

        Assert.All(looks, l => Assert.True(l["pass"]!.GetValue<bool>(), l.ToJsonString()));
        Assert.Equal([1, 2, 3], looks.Select(l => l["look"]!.GetValue<int>()));
        Assert.All(looks, l => Assert.Equal("checkout/canary-7d9f", l["analysisId"]!.GetValue<string>()));
        Assert.Equal([0.99, 1 - 0.02 / 6, 1 - 0.02 / 12], looks.Select(l => l["boundary"]!["confidenceLevel"]!.GetValue<double>()));
        Assert.Equal(1, other["look"]!.GetValue<int>());
        Assert.Null(plain["look"]);
        Assert.Null(plain["boundary"]);

        // Each look's execution was judged at its boundary.
        var third = await http.GetFromJsonAsync<JsonObject>($"/canary/{looks[2]["canaryExecutionId"]}?storageAccountName=store");
        foreach (var metric in third!["result"]!["judgeResult"]!["results"]!.AsArray())
            Assert.Equal(1 - 0.02 / 12, metric!["resultMetadata"]!["evidence"]!["confidenceLevel"]!.GetValue<double>(), 12);

        var stored = await host.Services.GetRequiredService<GateAnalysisRepository>()
            .FindAsync("store", GateAnalysis.IdFor("checkout", "checkout/canary-7d9f"), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(looks.Select(l => l["canaryExecutionId"]!.GetValue<string>()), stored.Looks.Select(l => l.ExecutionId));
        Assert.All(stored.Looks, l => Assert.Equal("pass", l.Verdict));
        Assert.Null(stored.FailedAtLook);

        var served = await http.GetFromJsonAsync<JsonObject>("/gates/analysis?application=checkout&analysisId=checkout%2Fcanary-7d9f");
        Assert.Equal("checkout/canary-7d9f", served!["analysisId"]!.GetValue<string>());
        Assert.Equal([1, 2, 3], served["looks"]!.AsArray().Select(l => l!["number"]!.GetValue<int>()));
        Assert.Equal(1 - 0.02 / 6, served["looks"]![1]!["boundary"]!["confidenceLevel"]!.GetValue<double>(), 12);
        var unknown = await http.GetAsync("/gates/analysis?application=checkout&analysisId=never-polled");
        await ProblemAssert.IsProblem(unknown, HttpStatusCode.NotFound);
        var missing = await http.GetAsync("/gates/analysis?analysisId=never-polled");
        await ProblemAssert.IsProblem(missing, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_failed_look_ends_the_analysis_and_later_polls_answer_it_without_judging_again()
    {
        var source = new WindowMetricSource { DistinctCanaryNoise = true, Bad = _ => true };
        await using var host = new StandaloneAnalysisHost(store.Path, clock, source);
        var http = host.CreateClient();
        var configId = await new AnalysisClient(http, clock).CreateConfigAsync();

        var first = (await PollAsync(http, configId, "rollout-1")).Body;
        var fetches = source.Queries.Count;
        var second = (await PollAsync(http, configId, "rollout-1")).Body;

        Assert.Equal("fail", first["verdict"]!.GetValue<string>());
        Assert.Equal(1, first["look"]!.GetValue<int>());
        Assert.Equal(first["canaryExecutionId"]!.GetValue<string>(), second["canaryExecutionId"]!.GetValue<string>());
        Assert.Equal(1, second["look"]!.GetValue<int>());
        Assert.StartsWith("gate analysis 'rollout-1' failed at look 1", second["reasons"]![0]!.GetValue<string>());
        Assert.Equal(fetches, source.Queries.Count);
    }

    [Fact]
    public async Task A_kayenta_era_judge_records_the_looks_without_a_boundary()
    {
        var source = new WindowMetricSource { DistinctCanaryNoise = true };
        await using var host = new StandaloneAnalysisHost(store.Path, clock, source);
        var http = host.CreateClient();
        var config = AnalysisClient.Config();
        config["judge"] = new JsonObject { ["name"] = "ExactACAJudge-v1" };
        var configId = await new AnalysisClient(http, clock).CreateConfigAsync(config);

        await PollAsync(http, configId, "v1-rollout");
        var second = (await PollAsync(http, configId, "v1-rollout")).Body;

        Assert.Equal(2, second["look"]!.GetValue<int>());
        Assert.Null(second["boundary"]);
    }

    [Fact]
    public async Task Flagger_polls_whose_templated_analysis_id_names_one_rollout_are_looks_of_one_analysis()
    {
        var source = new WindowMetricSource { DistinctCanaryNoise = true };
        await using var host = new StandaloneAnalysisHost(store.Path, clock, source);
        var http = host.CreateClient();
        var configId = await new AnalysisClient(http, clock).CreateConfigAsync();
        JsonObject Hook(string checksum) => new()
        {
            ["name"] = "podinfo",
            ["namespace"] = "test",
            ["phase"] = "Progressing",
            ["checksum"] = checksum,
            ["metadata"] = new JsonObject
            {
                ["canaryConfigId"] = configId, ["application"] = "checkout", ["metricsAccountName"] = "prom",
                ["storageAccountName"] = "store", ["configurationAccountName"] = "store",
                ["baselineScope"] = "baseline", ["canaryScope"] = "canary", ["step"] = "10s", ["lookback"] = "10m",
                ["analysisId"] = "${namespace}/${name}/${checksum}",
            },
        };

        var looks = new List<JsonObject>();
        foreach (var checksum in new[] { "6d5c", "6d5c", "7e6f" })
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var response = await http.PostAsJsonAsync("/gates/flagger", Hook(checksum));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            looks.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        }

        Assert.Equal([1, 2, 1], looks.Select(l => l["look"]!.GetValue<int>()));
        Assert.Equal(["test/podinfo/6d5c", "test/podinfo/6d5c", "test/podinfo/7e6f"], looks.Select(l => l["analysisId"]!.GetValue<string>()));
        Assert.Equal(1 - 0.02 / 6, looks[1]["boundary"]!["confidenceLevel"]!.GetValue<double>(), 12);
    }

    [Fact]
    public async Task An_analysis_id_longer_than_200_characters_is_a_400_naming_it()
    {
        await using var host = new StandaloneAnalysisHost(store.Path, clock, new WindowMetricSource());
        var http = host.CreateClient();
        var configId = await new AnalysisClient(http, clock).CreateConfigAsync();

        var (status, body) = await PollAsync(http, configId, new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("analysisId", body.ToJsonString());
    }
}
