using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Tests.StandaloneAnalyses;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// Judge:Execution:MaxQueued: once that many executions are unfinished (waiting or running), starts are refused with a
/// 429 problem carrying Retry-After — POST /canary and POST /standalone_canary_analysis alike — and accepted again once
/// one has finished.
/// </summary>
public sealed class ExecutionQueueLimitTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Starts_past_the_limit_are_429_with_Retry_After_until_an_execution_finishes()
    {
        var source = new FakeMetricSource { Holds = q => q.Scope.Scope.StartsWith("held", StringComparison.Ordinal) };
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Execution:MaxQueued"] = "2",
            ["Judge:Execution:MaxConcurrentExecutions"] = "1",
        };
        await using var host = new ExecutionHost(store.Path, source, settings);
        var client = new CanaryClient(host.CreateClient());
        var configId = await client.CreateConfigAsync();
        var held = CanaryClient.Request(CanaryClient.Scope("held-baseline"), CanaryClient.Scope("held-canary"));

        // One running (held), one waiting for the single slot: two unfinished.
        var running = await client.StartOkAsync(configId, held);
        var waiting = await client.StartOkAsync(configId, held);
        await client.WaitForAsync(running, s => s["status"]!.GetValue<string>() == "running", "running");

        var refused = await client.StartAsync(configId, CanaryClient.Request());
        var problem = await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("Judge:Execution:MaxQueued", problem.GetProperty("detail").GetString());
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, $"Retry-After: {refused.Headers.RetryAfter}");
        var analysis = await client.Http.PostAsJsonAsync($"/standalone_canary_analysis/{configId}?metricsAccountName=prom&storageAccountName=store",
            AnalysisClient.Request());
        await ProblemAssert.IsProblem(analysis, HttpStatusCode.TooManyRequests);
        Assert.NotNull(analysis.Headers.RetryAfter);
        Assert.False(Directory.Exists(Path.Combine(store.Path, "standalone_canary_archive")));

        Assert.Equal(HttpStatusCode.Accepted, (await client.Http.PutAsync($"/canary/{running}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.Http.PutAsync($"/canary/{waiting}/cancel", null)).StatusCode);
        await client.WaitForCompleteAsync(running);
        await client.WaitForCompleteAsync(waiting);
        var accepted = await WaitForRoomAsync(client, configId);
        Assert.Equal("succeeded", (await client.WaitForCompleteAsync(accepted))["status"]!.GetValue<string>());
    }

    /// <summary>A finished execution's job leaves the engine just after its document completes: a short bounded wait.</summary>
    private static async Task<string> WaitForRoomAsync(CanaryClient client, string configId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.StartAsync(configId, CanaryClient.Request());
            if (response.StatusCode == HttpStatusCode.OK || attempt == 100)
                return await CanaryClient.ExecutionIdOf(response);
            await Task.Delay(50);
        }
    }
}
