using System.Net;
using System.Text.Json.Nodes;
using Judge.Api.StandaloneAnalyses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// Judge:Lifetime:MaxLifetimeMinutes and MaxJudgements, set low: a request exactly at a limit is accepted and planned
/// in full, one past it is a 400 naming the field and the setting, and nothing is stored.
/// </summary>
public sealed class StandaloneAnalysisLimitTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempStore store = new();
    private readonly StandaloneAnalysisHost host;
    private readonly AnalysisClient client;

    public StandaloneAnalysisLimitTests()
    {
        var clock = new FakeTimeProvider(T0);
        host = new StandaloneAnalysisHost(store.Path, clock, new WindowMetricSource(), testServices: s => s.PostConfigure<StandaloneAnalysisOptions>(o =>
        {
            o.MaxLifetimeMinutes = 60;
            o.MaxJudgements = 4;
        }));
        client = new AnalysisClient(host.CreateClient(), clock);
    }

    public void Dispose()
    {
        host.Dispose();
        store.Dispose();
    }

    private static int PlannedJudgements(JsonObject status) =>
        status["stageStatus"]!.AsArray().Count(s => s!["type"]!.GetValue<string>() == "runCanary");

    private async Task AssertRefusedAsync(JsonObject request, string field, string setting)
    {
        var response = await client.PostAsync(await client.CreateConfigAsync(), request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToJsonString());
        var message = body["errors"]![field]![0]!.GetValue<string>();
        Assert.Contains(setting, message);
        Assert.False(Directory.Exists(Path.Combine(store.Path, "standalone_canary_archive")));
    }

    [Fact]
    public async Task A_lifetime_of_exactly_the_maximum_is_accepted()
    {
        var id = await client.StartAsync(await client.CreateConfigAsync(), AnalysisClient.Request(lifetime: 60, interval: 15));

        Assert.Equal(4, PlannedJudgements(await client.GetAsync(id)));
    }

    [Fact]
    public async Task A_lifetime_one_minute_past_the_maximum_is_refused_naming_lifetimeDurationMins() =>
        await AssertRefusedAsync(AnalysisClient.Request(lifetime: 61, interval: 61), "lifetimeDurationMins",
            "more than 60 (Judge:Lifetime:MaxLifetimeMinutes)");

    [Fact]
    public async Task An_end_time_past_the_maximum_lifetime_is_refused_naming_endTimeIso() =>
        await AssertRefusedAsync(
            AnalysisClient.Request(lifetime: null, interval: 61, scope: AnalysisClient.Scope(start: "2024-03-01T12:00:00Z", end: "2024-03-01T13:01:00Z")),
            "scopes[0].endTimeIso", "(Judge:Lifetime:MaxLifetimeMinutes)");

    [Fact]
    public async Task An_interval_giving_one_judgement_too_many_is_refused_naming_analysisIntervalMins() =>
        // 60 / 12 = 5 judgements, one more than MaxJudgements.
        await AssertRefusedAsync(AnalysisClient.Request(lifetime: 60, interval: 12), "analysisIntervalMins",
            "makes 5 judgements, more than 4 (Judge:Lifetime:MaxJudgements)");

    [Fact]
    public async Task Exactly_the_maximum_number_of_judgements_is_accepted_and_planned()
    {
        // 50 / 12 = 4 judgements (the remainder is not a judgement of its own).
        var id = await client.StartAsync(await client.CreateConfigAsync(), AnalysisClient.Request(lifetime: 50, interval: 12));

        Assert.Equal(4, PlannedJudgements(await client.GetAsync(id)));
    }
}
