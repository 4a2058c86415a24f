using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// Canceling an execution as orca's Kayenta stage does (PUT /pipelines/{id}/cancel with the JSON body "") and through
/// PUT /canary/{id}/cancel: 202, the running execution really stops and ends as canceled, repeated cancels are
/// harmless, unknown ids are 404.
/// </summary>
public sealed class ExecutionCancelTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    private static JsonObject RequestFor(string control, string experiment) =>
        CanaryClient.Request(CanaryClient.Scope(control), CanaryClient.Scope(experiment));

    // orca: KayentaService.cancelPipelineExecution(executionId, "") — Retrofit with Jackson sends the JSON string "".
    private static Task<HttpResponseMessage> OrcaCancelAsync(HttpClient http, string executionId) =>
        http.PutAsync($"/pipelines/{executionId}/cancel", new StringContent("\"\"", Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Orcas_cancel_stops_a_running_execution_and_frees_its_slot()
    {
        // One execution at a time: the second only runs once the first has really stopped.
        var source = new FakeMetricSource { Holds = q => q.Scope.Scope.StartsWith("held", StringComparison.Ordinal) };
        var settings = new Dictionary<string, string?> { ["Judge:Execution:MaxConcurrentExecutions"] = "1" };
        await using var host = new ExecutionHost(store.Path, source, settings);
        var client = new CanaryClient(host.CreateClient());
        var configId = await client.CreateConfigAsync();
        var running = await client.StartOkAsync(configId, RequestFor("held-baseline", "held-canary"));
        await client.WaitForAsync(running, s => s["stageStatus"]!.AsObject().Any(p => p.Key.StartsWith("fetch") && p.Value!.GetValue<string>() == "running"), "fetching");
        var queued = await client.StartOkAsync(configId, RequestFor("baseline", "canary"));

        var canceled = await OrcaCancelAsync(client.Http, running);

        Assert.Equal(HttpStatusCode.Accepted, canceled.StatusCode);
        // Never released: only the cancel can end the held fetches.
        var stopped = await client.WaitForCompleteAsync(running);
        Assert.Equal("canceled", stopped["status"]!.GetValue<string>());
        Assert.Equal("not_started", CanaryClient.StageStatus(stopped, "judge"));
        Assert.Null(stopped["result"]);
        Assert.Contains("canceled", stopped["exception"]!.ToJsonString());
        var next = await client.WaitForCompleteAsync(queued);
        Assert.Equal("succeeded", next["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fetch_that_fails_on_the_cancel_instead_of_ending_still_ends_the_execution_as_canceled()
    {
        // The failing firing is not where the cancel settles: the job's next firing finds the cancel mark and ends the document.
        var source = new FakeMetricSource { Holds = _ => true, FailsWhenCanceled = true };
        await using var host = new ExecutionHost(store.Path, source);
        var client = new CanaryClient(host.CreateClient());
        var running = await client.StartOkAsync(await client.CreateConfigAsync());
        await client.WaitForAsync(running, s => s["stageStatus"]!.AsObject().Any(p => p.Key.StartsWith("fetch") && p.Value!.GetValue<string>() == "running"), "fetching");

        Assert.Equal(HttpStatusCode.Accepted, (await client.Http.PutAsync($"/canary/{running}/cancel", null)).StatusCode);

        var stopped = await client.WaitForCompleteAsync(running);
        Assert.Equal("canceled", stopped["status"]!.GetValue<string>());
        Assert.Null(stopped["result"]);
    }

    [Fact]
    public async Task Cancel_is_idempotent_and_leaves_a_finished_execution_as_it_was()
    {
        await using var host = new ExecutionHost(store.Path, new FakeMetricSource());
        var client = new CanaryClient(host.CreateClient());
        var id = await client.StartOkAsync(await client.CreateConfigAsync());
        var done = await client.WaitForCompleteAsync(id);
        Assert.Equal("succeeded", done["status"]!.GetValue<string>());

        var first = await client.Http.PutAsync($"/canary/{id}/cancel", null);
        var second = await OrcaCancelAsync(client.Http, id);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var after = await client.GetAsync(id);
        Assert.Equal("succeeded", after["status"]!.GetValue<string>());
        Assert.NotNull(after["result"]);
    }

    [Fact]
    public async Task A_second_cancel_of_a_canceled_execution_is_202_and_changes_nothing()
    {
        var source = new FakeMetricSource { Holds = _ => true };
        await using var host = new ExecutionHost(store.Path, source);
        var client = new CanaryClient(host.CreateClient());
        var id = await client.StartOkAsync(await client.CreateConfigAsync());
        await client.WaitForAsync(id, s => s["status"]!.GetValue<string>() == "running", "running");

        Assert.Equal(HttpStatusCode.Accepted, (await client.Http.PutAsync($"/canary/{id}/cancel", null)).StatusCode);
        var canceled = await client.WaitForCompleteAsync(id);
        Assert.Equal(HttpStatusCode.Accepted, (await OrcaCancelAsync(client.Http, id)).StatusCode);

        var after = await client.GetAsync(id);
        Assert.Equal("canceled", after["status"]!.GetValue<string>());
        Assert.Equal(canceled["endTimeIso"]!.GetValue<string>(), after["endTimeIso"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/pipelines/no-such-execution/cancel")]
    [InlineData("/canary/no-such-execution/cancel")]
    public async Task Cancel_of_an_unknown_execution_is_404(string path)
    {
        await using var host = new ExecutionHost(store.Path, new FakeMetricSource());
        var http = host.CreateClient();

        var response = await http.PutAsync(path, new StringContent("\"\"", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }
}
