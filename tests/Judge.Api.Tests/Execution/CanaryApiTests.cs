using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.MetricSources;

namespace Judge.Api.Tests.Execution;

public sealed class CanaryApiTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    private (ExecutionHost Host, CanaryClient Client) Start(FakeMetricSource? source = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new ExecutionHost(store.Path, source ?? new FakeMetricSource(), settings);
        return (host, new CanaryClient(host.CreateClient()));
    }

    [Fact]
    public async Task An_execution_runs_every_stage_and_reports_the_judge_result()
    {
        var (host, client) = Start();
        using var _ = host;
        var configId = await client.CreateConfigAsync();

        var id = await client.StartOkAsync(configId);
        var status = await client.WaitForCompleteAsync(id);

        Assert.Equal("succeeded", status["status"]!.GetValue<string>());
        Assert.Equal(100.0, status["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>());
        Assert.Equal("Pass", status["result"]!["judgeResult"]!["score"]!["classification"]!.GetValue<string>());
        Assert.Equal(2, status["result"]!["judgeResult"]!["results"]!.AsArray().Count);
        Assert.Equal("PT1H", status["result"]!["canaryDuration"]!.GetValue<string>());
        Assert.Equal(
            ["setupContext", "fetchControl0", "fetchControl1", "fetchExperiment0", "fetchExperiment1", "mixMetrics", "judge"],
            status["stageStatus"]!.AsObject().Select(p => p.Key));
        Assert.All(status["stageStatus"]!.AsObject(), p => Assert.Equal("succeeded", p.Value!.GetValue<string>()));
        Assert.Equal(id, status["pipelineId"]!.GetValue<string>());
        Assert.Equal(configId, status["canaryConfigId"]!.GetValue<string>());
        Assert.Equal("checkout", status["application"]!.GetValue<string>());
        Assert.Equal("store", status["storageAccountName"]!.GetValue<string>());
        Assert.Equal("prom", status["metricsAccountName"]!.GetValue<string>());
        Assert.Equal("checkout-canary", status["config"]!["name"]!.GetValue<string>());
        Assert.Equal("baseline", status["canaryExecutionRequest"]!["scopes"]!["default"]!["controlScope"]!["scope"]!.GetValue<string>());
        Assert.NotNull(status["buildTimeIso"]);
        Assert.NotNull(status["startTimeIso"]);
        Assert.NotNull(status["endTimeIso"]);
        Assert.Null(status["exception"]);
        Assert.Null(status["stages"]);

        // The stored pair list holds the aligned series: 60 one-minute points per side.
        var pairListId = status["metricSetPairListId"]!.GetValue<string>();
        var pairs = await client.Http.GetFromJsonAsync<JsonArray>($"/metricSetPairList/{pairListId}?accountName=store");
        Assert.Equal(["p99_latency", "error_rate"], pairs!.Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(60, pairs![0]!["values"]!["control"]!.AsArray().Count);
        Assert.Equal(103.0, pairs![0]!["values"]!["experiment"]![3]!.GetValue<double>());
    }

    [Fact]
    public async Task A_worse_canary_fails_the_judgement()
    {
        var source = new FakeMetricSource { Value = (metric, scope, i) => (metric, scope) is ("p99_latency", "canary") ? 300 + i % 5 : 100 + i % 5 };
        var (host, client) = Start(source);
        using var _ = host;

        var id = await client.StartOkAsync(await client.CreateConfigAsync());
        var status = await client.WaitForCompleteAsync(id);

        Assert.Equal("succeeded", status["status"]!.GetValue<string>());
        var score = status["result"]!["judgeResult"]!["score"]!;
        Assert.Equal(40.0, score["score"]!.GetValue<double>());
        Assert.Equal("Fail", score["classification"]!.GetValue<string>());
        var latency = status["result"]!["judgeResult"]!["results"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "p99_latency");
        Assert.Equal("High", latency!["classification"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stage_statuses_move_while_the_execution_runs()
    {
        var source = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        var (host, client) = Start(source);
        using var _ = host;
        var id = await client.StartOkAsync(await client.CreateConfigAsync());

        var running = await client.WaitForAsync(id,
            s => CanaryClient.StageStatus(s, "fetchControl0") == "succeeded" && CanaryClient.StageStatus(s, "fetchControl1") == "succeeded"
                 && CanaryClient.StageStatus(s, "fetchExperiment0") == "running",
            "mid-fetch");
        Assert.Equal("running", running["status"]!.GetValue<string>());
        Assert.False(running["complete"]!.GetValue<bool>());
        Assert.Equal("succeeded", CanaryClient.StageStatus(running, "setupContext"));
        Assert.Equal("not_started", CanaryClient.StageStatus(running, "mixMetrics"));
        Assert.Equal("not_started", CanaryClient.StageStatus(running, "judge"));
        Assert.Null(running["result"]);

        source.Release();
        var done = await client.WaitForCompleteAsync(id);
        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.All(done["stageStatus"]!.AsObject(), p => Assert.Equal("succeeded", p.Value!.GetValue<string>()));
    }

    [Fact]
    public async Task A_failing_fetch_makes_the_execution_terminal_and_says_which_metric_side_and_account()
    {
        var source = new FakeMetricSource { Fails = q => q.MetricName == "error_rate" && q.Scope.Scope == "canary" };
        var (host, client) = Start(source);
        using var _ = host;

        var id = await client.StartOkAsync(await client.CreateConfigAsync());
        var status = await client.WaitForCompleteAsync(id);

        Assert.Equal("terminal", status["status"]!.GetValue<string>());
        Assert.True(status["complete"]!.GetValue<bool>());
        Assert.Null(status["result"]);
        Assert.Equal("terminal", CanaryClient.StageStatus(status, "fetchExperiment1"));
        Assert.Equal("not_started", CanaryClient.StageStatus(status, "mixMetrics"));
        Assert.Equal("not_started", CanaryClient.StageStatus(status, "judge"));
        var error = status["exception"]!["details"]!["errors"]![0]!.GetValue<string>();
        Assert.Contains("error_rate", error);
        Assert.Contains("experiment", error);
        Assert.Contains("'prom'", error);
        Assert.Contains("503", error);
    }

    [Fact]
    public async Task An_ad_hoc_execution_runs_an_inline_config()
    {
        var (host, client) = Start();
        using var _ = host;
        var config = CanaryClient.Config();
        config.Remove("name");
        config.Remove("applications");

        var response = await client.Http.PostAsJsonAsync("/canary?metricsAccountName=prom&storageAccountName=store",
            new JsonObject { ["canaryConfig"] = config, ["executionRequest"] = CanaryClient.Request() });
        var id = await CanaryClient.ExecutionIdOf(response);
        var status = await client.WaitForCompleteAsync(id);

        Assert.Equal("succeeded", status["status"]!.GetValue<string>());
        Assert.Equal("ad-hoc", status["application"]!.GetValue<string>());
        Assert.Null(status["canaryConfigId"]);
        Assert.Equal(100.0, status["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task An_ad_hoc_execution_without_a_request_names_the_missing_field()
    {
        var (host, client) = Start();
        using var _ = host;
        var response = await client.Http.PostAsJsonAsync("/canary", new JsonObject { ["canaryConfig"] = CanaryClient.Config() });
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "executionRequest");
    }

    [Fact]
    public async Task An_ad_hoc_config_error_is_named_under_canaryConfig()
    {
        var (host, client) = Start();
        using var _ = host;
        var config = CanaryClient.Config();
        config["metrics"]![0]!["scopeName"] = "other";
        var response = await client.Http.PostAsJsonAsync("/canary",
            new JsonObject { ["canaryConfig"] = config, ["executionRequest"] = CanaryClient.Request() });
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "executionRequest.scopes.other");
    }

    [Fact]
    public async Task Executions_are_listed_by_application_and_status_newest_first_a_page_at_a_time()
    {
        var source = new FakeMetricSource { Fails = q => q.Scope.Scope == "broken" };
        var (host, client) = Start(source);
        using var _ = host;
        var configId = await client.CreateConfigAsync();
        const string query = "application=listing&metricsAccountName=prom&storageAccountName=store";

        var first = await client.StartOkAsync(configId, query: query);
        await client.WaitForCompleteAsync(first);
        var second = await client.StartOkAsync(configId, CanaryClient.Request(experiment: CanaryClient.Scope("broken")), query);
        await client.WaitForCompleteAsync(second);
        await client.WaitForCompleteAsync(await client.StartOkAsync(configId, query: "application=elsewhere&metricsAccountName=prom"));

        var all = await client.Http.GetFromJsonAsync<JsonArray>("/canary/executions?application=listing&storageAccountName=store");
        Assert.Equal([second, first], all!.Select(e => e!["pipelineId"]!.GetValue<string>()));

        var terminal = await client.Http.GetFromJsonAsync<JsonArray>("/canary/executions?application=listing&statuses=terminal,canceled");
        Assert.Equal([second], terminal!.Select(e => e!["pipelineId"]!.GetValue<string>()));

        var page2 = await client.Http.GetFromJsonAsync<JsonArray>("/canary/executions?application=listing&limit=1&page=2");
        Assert.Equal([first], page2!.Select(e => e!["pipelineId"]!.GetValue<string>()));

        var adHoc = await client.Http.GetFromJsonAsync<JsonArray>("/canary/executions");
        Assert.Empty(adHoc!);

        await ProblemAssert.IsProblem(await client.Http.GetAsync("/canary/executions?statuses=done"), HttpStatusCode.BadRequest, "statuses");
        await ProblemAssert.IsProblem(await client.Http.GetAsync("/canary/executions?limit=0"), HttpStatusCode.BadRequest, "limit");
        await ProblemAssert.IsProblem(await client.Http.GetAsync("/canary/executions?page=0"), HttpStatusCode.BadRequest, "page");
    }

    public static TheoryData<string, string> InvalidRequests => new()
    {
        { """{"scopes":{"other":{"controlScope":{"scope":"a","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60},"experimentScope":{"scope":"b","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60}}},"thresholds":{"pass":95,"marginal":75}}""", "scopes.default" },
        { """{"scopes":{"default":{"controlScope":{"scope":"a","start":"2024-01-01T01:00:00Z","end":"2024-01-01T01:00:00Z","step":60},"experimentScope":{"scope":"b","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60}}},"thresholds":{"pass":95,"marginal":75}}""", "scopes.default.controlScope.end" },
        { """{"scopes":{"default":{"controlScope":{"scope":"a","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60},"experimentScope":{"scope":"b","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":0}}},"thresholds":{"pass":95,"marginal":75}}""", "scopes.default.experimentScope.step" },
        { """{"scopes":{"default":{"controlScope":{"scope":"a","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60},"experimentScope":{"scope":"b","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60}}},"thresholds":{"pass":120,"marginal":75}}""", "thresholds.pass" },
        { """{"scopes":{"default":{"controlScope":{"scope":"a","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60},"experimentScope":{"scope":"b","start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z","step":60}}}}""", "thresholds" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task An_invalid_request_is_a_400_naming_the_field(string body, string field)
    {
        var (host, client) = Start();
        using var _ = host;
        var configId = await client.CreateConfigAsync();

        var response = await client.Http.PostAsync($"/canary/{configId}?storageAccountName=store",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_query_that_cannot_be_built_for_the_scopes_is_a_400_naming_the_metric_field()
    {
        var source = new FakeMetricSource { Unbuildable = q => q.MetricName == "error_rate" && q.Scope.Scope == "canary" };
        var (host, client) = Start(source);
        using var _ = host;

        var stored = await client.StartAsync(await client.CreateConfigAsync(), CanaryClient.Request());
        await ProblemAssert.IsProblem(stored, HttpStatusCode.BadRequest, "metrics[1].query.customFilterTemplate");

        var adHoc = await client.Http.PostAsJsonAsync("/canary",
            new JsonObject { ["canaryConfig"] = CanaryClient.Config(), ["executionRequest"] = CanaryClient.Request() });
        await ProblemAssert.IsProblem(adHoc, HttpStatusCode.BadRequest, "canaryConfig.metrics[1].query.customFilterTemplate");
        Assert.Empty(source.Queries);
    }

    [Fact]
    public async Task Unknown_ids_and_accounts_are_client_errors()
    {
        var (host, client) = Start();
        using var _ = host;

        await ProblemAssert.IsProblem(await client.StartAsync("no-such-config", CanaryClient.Request()), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(await client.Http.GetAsync("/canary/no-such-execution"), HttpStatusCode.NotFound);
        var configId = await client.CreateConfigAsync();
        var unknownStore = await client.StartAsync(configId, CanaryClient.Request(), "storageAccountName=nowhere");
        var problem = await ProblemAssert.IsProblem(unknownStore, HttpStatusCode.BadRequest);
        Assert.Contains("Unable to resolve account nowhere.", problem.GetProperty("detail").GetString());
        var unknownMetrics = await client.StartAsync(configId, CanaryClient.Request(), "metricsAccountName=store");
        await ProblemAssert.IsProblem(unknownMetrics, HttpStatusCode.BadRequest);
    }
}
