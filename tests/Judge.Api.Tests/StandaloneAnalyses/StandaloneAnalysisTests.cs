using System.Net;
using System.Text.Json.Nodes;
using Judge.Api.StandaloneAnalyses;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// Hour-long analyses driven in fake time through the real host, canary executions and judge, under Kayenta's rule
/// (every judgement at 98 %, which the Kayenta-era judges keep): the schedule, limits, cancel and restart mechanics.
/// The default judge's sequential boundaries are SequentialAnalysisTests' subject.
/// </summary>
public sealed class StandaloneAnalysisTests : IDisposable
{
    private static JsonObject KayentaRule()
    {
        var config = AnalysisClient.Config();
        config["judge"] = new JsonObject { ["name"] = "ExactACAJudge-v1" };
        return config;
    }

    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    private static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    private static Func<Judge.MetricSources.MetricQuery, bool> BadWhenWindowEnds(params int[] minutes) =>
        query => minutes.Select(At).Contains(query.Scope.End);

    private (StandaloneAnalysisHost Host, AnalysisClient Client) Start(WindowMetricSource source, FakeTimeProvider? clock = null)
    {
        clock ??= new FakeTimeProvider(T0);
        var host = new StandaloneAnalysisHost(store.Path, clock, source);
        return (host, new AnalysisClient(host.CreateClient(), clock));
    }

    [Fact]
    public async Task All_judgements_pass_on_a_growing_window_and_each_result_is_visible_while_running()
    {
        var source = new WindowMetricSource();
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 30, interval: 10));

        client.AdvanceTo(At(9));
        var waiting = await client.DriveUntilAsync(id, s => s["status"]!.GetValue<string>() == "running", "running");
        Assert.Empty(source.Queries);
        Assert.Equal("RUNNING", AnalysisClient.Stage(waiting, "Interval Wait #1")["status"]!.GetValue<string>());
        Assert.Null(waiting["canaryAnalysisExecutionResult"]);

        client.AdvanceTo(At(10));
        var first = await client.DriveUntilJudgedAsync(id, 1);
        Assert.False(first["complete"]!.GetValue<bool>());
        Assert.Equal([100.0], AnalysisClient.Scores(first));
        Assert.False(first["canaryAnalysisExecutionResult"]!["didPassThresholds"]!.GetValue<bool>());

        client.AdvanceTo(At(20));
        await client.DriveUntilJudgedAsync(id, 2);
        client.AdvanceTo(At(30));
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", done["executionStatus"]!.GetValue<string>());
        var result = done["canaryAnalysisExecutionResult"]!;
        Assert.True(result["didPassThresholds"]!.GetValue<bool>());
        Assert.Equal("Final canary score 100.0 met or exceeded the pass score threshold.", result["canaryScoreMessage"]!.GetValue<string>());
        Assert.Equal([100.0, 100.0, 100.0], AnalysisClient.Scores(done));
        // 10–30 one-minute points per window: Kayenta's fewer-than-50-points warning.
        Assert.True(result["hasWarnings"]!.GetValue<bool>());
        Assert.Equal(StandaloneAnalysisRunner.FewPointsWarning, AnalysisClient.Results(done)[0]!["warnings"]![0]!.GetValue<string>());

        Assert.Equal([(At(0), At(10)), (At(0), At(20)), (At(0), At(30))], source.Windows("canary"));
        Assert.Equal(source.Windows("canary"), source.Windows("baseline"));
        var results = AnalysisClient.Results(done);
        Assert.Equal(["2024-03-01T12:00:00Z", "2024-03-01T12:00:00Z", "2024-03-01T12:00:00Z"],
            results.Select(r => r!["judgementStartTimeIso"]!.GetValue<string>()));
        Assert.Equal(["2024-03-01T12:10:00Z", "2024-03-01T12:20:00Z", "2024-03-01T12:30:00Z"],
            results.Select(r => r!["judgementEndTimeIso"]!.GetValue<string>()));
        var executionIds = results.Select(r => r!["executionId"]!.GetValue<string>()).ToList();
        Assert.Equal(3, executionIds.Distinct().Count());
        Assert.Equal(executionIds, Enumerable.Range(1, 3).Select(n => AnalysisClient.Stage(done, $"Run Canary #{n}")["executionId"]!.GetValue<string>()));
        Assert.All(results, r => Assert.Equal("SUCCEEDED", r!["executionStatus"]!.GetValue<string>()));
        Assert.Equal(100.0, results[2]!["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>());

        // Each judgement is an ordinary canary execution, readable through /canary.
        var execution = await client.GetCanaryAsync(executionIds[1]);
        Assert.Equal(At(20), DateTimeOffset.Parse(execution["canaryExecutionRequest"]!["scopes"]!["default"]!["experimentScope"]!["end"]!.GetValue<string>()));
        Assert.Equal("ci@example.com", done["user"]!.GetValue<string>());
        Assert.Equal("checkout", done["application"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_judgement_at_or_below_marginal_stops_the_analysis_and_the_rest_never_run()
    {
        var source = new WindowMetricSource { Bad = BadWhenWindowEnds(20) };
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 40, interval: 10));

        client.AdvanceTo(At(10));
        await client.DriveUntilJudgedAsync(id, 1);
        client.AdvanceTo(At(20));
        var done = await client.DriveUntilCompleteAsync(id);
        await host.UntilNoRunnerHoldsAsync(id);
        client.AdvanceTo(At(60));
        Assert.False(await host.IsRunningAsync(id));

        Assert.Equal("terminal", done["status"]!.GetValue<string>());
        Assert.Equal([100.0, 0.0], AnalysisClient.Scores(done));
        var result = done["canaryAnalysisExecutionResult"]!;
        Assert.False(result["didPassThresholds"]!.GetValue<bool>());
        Assert.Equal("Final canary score 0.0 is not above the marginal score threshold.", result["canaryScoreMessage"]!.GetValue<string>());
        Assert.Contains("not above the marginal score threshold", done["exception"]!["details"]!["errors"]![0]!.GetValue<string>());
        Assert.Equal("TERMINAL", AnalysisClient.Stage(done, "Run Canary #2")["status"]!.GetValue<string>());
        Assert.Equal("NOT_STARTED", AnalysisClient.Stage(done, "Run Canary #3")["status"]!.GetValue<string>());
        Assert.Null(AnalysisClient.Stage(done, "Run Canary #3")["executionId"]);
        Assert.Equal([(At(0), At(10)), (At(0), At(20))], source.Windows("canary"));
        Assert.Equal(2, store.CanaryExecutionCount);
    }

    [Fact]
    public async Task FailureLimit_tolerates_bad_judgements_until_the_kth()
    {
        // latency bad → 20 at minutes 10 and 30; failureLimit 2 stops at the second, #4 never runs.
        var source = new WindowMetricSource { Bad = q => q.MetricName == "latency" && BadWhenWindowEnds(10, 30)(q) };
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()),
            AnalysisClient.Request(lifetime: 40, interval: 10, change: r => r["failureLimit"] = 2));

        for (var n = 1; n <= 4; n++)
        {
            client.AdvanceTo(At(10 * n));
            var status = await client.DriveUntilJudgedAsync(id, n);
            if (status["complete"]!.GetValue<bool>()) break;
        }
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal("terminal", done["status"]!.GetValue<string>());
        Assert.Equal([20.0, 100.0, 20.0], AnalysisClient.Scores(done));
        Assert.Equal("Final canary score 20.0 is not above the marginal score threshold.",
            done["canaryAnalysisExecutionResult"]!["canaryScoreMessage"]!.GetValue<string>());
        Assert.Equal("NOT_STARTED", AnalysisClient.Stage(done, "Run Canary #4")["status"]!.GetValue<string>());
        Assert.DoesNotContain(source.Queries, q => q.Scope.End == At(40));
    }

    [Fact]
    public async Task InconclusiveLimit_stops_after_too_many_marginal_judgements()
    {
        // errors bad → 80: above marginal 75, below pass 95.
        var source = new WindowMetricSource { Bad = q => q.MetricName == "errors" };
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()),
            AnalysisClient.Request(lifetime: 40, interval: 10, change: r => r["inconclusiveLimit"] = 1));

        client.AdvanceTo(At(10));
        await client.DriveUntilJudgedAsync(id, 1);
        client.AdvanceTo(At(20));
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal("terminal", done["status"]!.GetValue<string>());
        Assert.Equal([80.0, 80.0], AnalysisClient.Scores(done));
        Assert.Contains("inconclusiveLimit 1", done["exception"]!["details"]!["errors"]![0]!.GetValue<string>());
        Assert.Equal("Final canary score 80.0 is below the pass score threshold.",
            done["canaryAnalysisExecutionResult"]!["canaryScoreMessage"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_last_score_alone_decides_when_nothing_stops_the_analysis()
    {
        // Without limits a marginal-but-above judgement does not stop it (Kayenta); the last one (80) fails it.
        var source = new WindowMetricSource { Bad = q => q.MetricName == "errors" && BadWhenWindowEnds(20)(q) };
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 20, interval: 10));

        client.AdvanceTo(At(10));
        await client.DriveUntilJudgedAsync(id, 1);
        client.AdvanceTo(At(20));
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal([100.0, 80.0], AnalysisClient.Scores(done));
        Assert.False(done["canaryAnalysisExecutionResult"]!["didPassThresholds"]!.GetValue<bool>());
        Assert.Equal("Final canary score 80.0 is below the pass score threshold.",
            done["canaryAnalysisExecutionResult"]!["canaryScoreMessage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_stops_the_analysis_and_no_further_judgement_runs()
    {
        var source = new WindowMetricSource();
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 60, interval: 10));
        client.AdvanceTo(At(10));
        await client.DriveUntilJudgedAsync(id, 1);

        var cancel = await client.CancelAsync(id);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        var done = await client.DriveUntilCompleteAsync(id);
        await host.UntilNoRunnerHoldsAsync(id);
        client.AdvanceTo(At(70));
        Assert.False(await host.IsRunningAsync(id));

        Assert.Equal("canceled", done["status"]!.GetValue<string>());
        Assert.Equal("CANCELED", done["executionStatus"]!.GetValue<string>());
        Assert.Equal([100.0], AnalysisClient.Scores(done));
        Assert.Equal("NOT_STARTED", AnalysisClient.Stage(done, "Run Canary #2")["status"]!.GetValue<string>());
        Assert.Equal([(At(0), At(10))], source.Windows("canary"));
        Assert.Equal(HttpStatusCode.Accepted, (await client.CancelAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.CancelAsync("no-such-analysis")).StatusCode);
    }

    [Fact]
    public async Task Cancel_also_cancels_the_running_judgements_execution()
    {
        // Judgement #1's fetches never answer: only the cancel can end its execution.
        var source = new WindowMetricSource { Holds = q => q.Scope.End == At(10) };
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 30, interval: 10));
        client.AdvanceTo(At(10));
        var running = await client.DriveUntilAsync(id,
            s => AnalysisClient.Stage(s, "Run Canary #1")["executionId"] is not null && source.Queries.Any(q => q.Scope.End == At(10)),
            "judgement #1 fetching");
        var executionId = AnalysisClient.Stage(running, "Run Canary #1")["executionId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Accepted, (await client.CancelAsync(id)).StatusCode);
        var done = await client.DriveUntilCompleteAsync(id);
        var canary = await client.GetCanaryAsync(executionId);
        for (var poll = 0; poll < 500 && !canary["complete"]!.GetValue<bool>(); poll++)
        {
            await Task.Delay(20);
            canary = await client.GetCanaryAsync(executionId);
        }

        Assert.Equal("canceled", done["status"]!.GetValue<string>());
        Assert.Equal("CANCELED", AnalysisClient.Stage(done, "Run Canary #1")["status"]!.GetValue<string>());
        Assert.Equal("canceled", canary["status"]!.GetValue<string>());
        Assert.Null(canary["result"]);
        await host.UntilNoRunnerHoldsAsync(id);
        Assert.Equal(HttpStatusCode.Accepted, (await client.CancelAsync(id)).StatusCode);
    }

    [Fact]
    public async Task Cancel_of_an_analysis_that_already_passed_is_a_conflict()
    {
        var (host, client) = Start(new WindowMetricSource());
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 10, interval: null));
        client.AdvanceTo(At(10));
        await client.DriveUntilCompleteAsync(id);

        var cancel = await client.CancelAsync(id);
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Equal("application/problem+json", cancel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_restarted_host_continues_the_schedule_without_redoing_finished_judgements()
    {
        var clock = new FakeTimeProvider(T0);
        var first = new WindowMetricSource();
        string id;
        string firstExecution;
        var (hostA, clientA) = Start(first, clock);
        using (hostA)
        {
            id = await clientA.StartAsync(await clientA.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 30, interval: 10));
            clientA.AdvanceTo(At(10));
            var status = await clientA.DriveUntilJudgedAsync(id, 1);
            firstExecution = AnalysisClient.Results(status)[0]!["executionId"]!.GetValue<string>();
        }

        // The next host starts after judgement #2 was due: it runs it at once, then #3 on time.
        var second = new WindowMetricSource();
        clock.Advance(TimeSpan.FromMinutes(15));
        var (hostB, clientB) = Start(second, clock);
        using (hostB)
        {
            var resumed = await clientB.DriveUntilJudgedAsync(id, 2);
            Assert.False(resumed["complete"]!.GetValue<bool>());
            clientB.AdvanceTo(At(30));
            var done = await clientB.DriveUntilCompleteAsync(id);

            Assert.Equal("succeeded", done["status"]!.GetValue<string>());
            Assert.Equal([100.0, 100.0, 100.0], AnalysisClient.Scores(done));
            Assert.Equal(firstExecution, AnalysisClient.Results(done)[0]!["executionId"]!.GetValue<string>());
        }
        Assert.Equal([(At(0), At(10))], first.Windows("canary"));
        Assert.Equal([(At(0), At(20)), (At(0), At(30))], second.Windows("canary"));
        Assert.Equal(3, store.CanaryExecutionCount);
    }

    [Fact]
    public async Task A_judgement_whose_execution_was_started_before_a_restart_is_not_started_again()
    {
        var clock = new FakeTimeProvider(T0);
        var holding = new WindowMetricSource { Holds = q => q.Scope.End == At(20) };
        string id;
        string inFlight;
        var (hostA, clientA) = Start(holding, clock);
        using (hostA)
        {
            id = await clientA.StartAsync(await clientA.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: 30, interval: 10));
            clientA.AdvanceTo(At(10));
            await clientA.DriveUntilJudgedAsync(id, 1);
            clientA.AdvanceTo(At(20));
            var running = await clientA.DriveUntilAsync(id,
                s => AnalysisClient.Stage(s, "Run Canary #2")["executionId"] is not null && !holding.Queries.IsEmpty && holding.Queries.Any(q => q.Scope.End == At(20)),
                "running judgement #2");
            inFlight = AnalysisClient.Stage(running, "Run Canary #2")["executionId"]!.GetValue<string>();
        }
        Assert.Equal(2, store.CanaryExecutionCount);

        clock.Advance(TimeSpan.FromMinutes(1));
        var (hostB, clientB) = Start(new WindowMetricSource(), clock);
        using (hostB)
        {
            await clientB.DriveUntilJudgedAsync(id, 2);
            clientB.AdvanceTo(At(30));
            var done = await clientB.DriveUntilCompleteAsync(id);

            Assert.True(done["status"]!.GetValue<string>() == "succeeded", done.ToJsonString());
            Assert.Equal(inFlight, AnalysisClient.Results(done)[1]!["executionId"]!.GetValue<string>());
            Assert.Equal(3, AnalysisClient.Scores(done).Count);
        }
        Assert.Equal(3, store.CanaryExecutionCount);
    }

    [Fact]
    public async Task A_sliding_window_looks_back_lookbackMins_from_each_judgement()
    {
        var source = new WindowMetricSource();
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()),
            AnalysisClient.Request(lifetime: 30, interval: 10, change: r => r["lookbackMins"] = 5));
        foreach (var minute in new[] { 10, 20, 30 })
        {
            client.AdvanceTo(At(minute));
            await client.DriveUntilJudgedAsync(id, minute / 10);
        }
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal([(At(5), At(10)), (At(15), At(20)), (At(25), At(30))], source.Windows("canary"));
        Assert.Equal("2024-03-01T12:25:00Z", AnalysisClient.Results(done)[2]!["judgementStartTimeIso"]!.GetValue<string>());
    }

    [Fact]
    public async Task ControlOffset_moves_the_control_window_back_and_beginAfter_delays_everything()
    {
        var source = new WindowMetricSource();
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()),
            AnalysisClient.Request(lifetime: 20, interval: 10, scope: AnalysisClient.Scope(controlOffset: 60), change: r => r["beginAfterMins"] = 5));

        client.AdvanceTo(At(14));
        var warming = await client.GetAsync(id);
        Assert.Equal("SUCCEEDED", AnalysisClient.Stage(warming, "Warmup Wait")["status"]!.GetValue<string>());
        Assert.Empty(source.Queries);
        client.AdvanceTo(At(15));
        await client.DriveUntilJudgedAsync(id, 1);
        client.AdvanceTo(At(25));
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal([(At(5), At(15)), (At(5), At(25))], source.Windows("canary"));
        Assert.Equal([(At(-55), At(-45)), (At(-55), At(-35))], source.Windows("baseline"));
        // Kayenta reports the first scope's control window as the judgement's.
        Assert.Equal("2024-03-01T11:05:00Z", AnalysisClient.Results(done)[0]!["judgementStartTimeIso"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_an_end_time_in_the_past_every_judgement_runs_at_once_without_interval_waits()
    {
        var source = new WindowMetricSource();
        var (host, client) = Start(source);
        using var _ = host;
        var scope = AnalysisClient.Scope(start: "2024-03-01T10:00:00Z", end: "2024-03-01T10:30:00Z");
        var id = await client.StartAsync(await client.CreateConfigAsync(KayentaRule()), AnalysisClient.Request(lifetime: null, interval: 10, scope: scope));

        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal([100.0, 100.0, 100.0], AnalysisClient.Scores(done));
        Assert.DoesNotContain(done["stageStatus"]!.AsArray(), s => s!["type"]!.GetValue<string>() == "wait");
        Assert.Equal([(At(-120), At(-110)), (At(-120), At(-100)), (At(-120), At(-90))], source.Windows("canary"));
    }

    [Fact]
    public async Task The_ad_hoc_route_takes_the_config_inline()
    {
        var source = new WindowMetricSource();
        var (host, client) = Start(source);
        using var _ = host;
        var body = new JsonObject { ["canaryConfig"] = AnalysisClient.Config(), ["executionRequest"] = AnalysisClient.Request(lifetime: 10, interval: null) };
        var response = await host.CreateClient().PostAsync(
            $"/standalone_canary_analysis?{AnalysisClient.Accounts.Replace("&configurationAccountName=store", "")}",
            JsonContent(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var id = JsonNode.Parse(text)!["canaryAnalysisExecutionId"]!.GetValue<string>();

        client.AdvanceTo(At(10));
        var done = await client.DriveUntilCompleteAsync(id);
        Assert.True(done["canaryAnalysisExecutionResult"]!["didPassThresholds"]!.GetValue<bool>());
        Assert.Equal("ad-hoc", done["application"]!.GetValue<string>());
        Assert.Equal("anonymous", done["user"]!.GetValue<string>());
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
