using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Execution;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Gates;

/// <summary>
/// Argo Rollouts' Web provider route, POST /canary/{configId}/verdict, past its server-side deadline: a 504 that Argo
/// counts as an Error (never a pass), naming the execution, whose verdict can be read once the worker finishes it.
/// The deadline runs on fake time, so the test moves it rather than waiting for it.
/// </summary>
public sealed class VerdictDeadlineTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_verdict_past_the_deadline_is_a_504_and_the_execution_is_finished_in_the_background()
    {
        var clock = new FakeTimeProvider(T0);
        var source = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        var settings = new Dictionary<string, string?> { ["Judge:Gates:Deadline"] = "00:00:08" };
        await using var host = new ExecutionHost(store.Path, source, settings, clock);
        var client = new CanaryClient(host.CreateClient());
        var configId = await client.CreateConfigAsync();

        var pending = client.Http.PostAsJsonAsync(
            $"/canary/{configId}/verdict?application=checkout&metricsAccountName=prom&storageAccountName=store", CanaryClient.Request());
        // The judgement is waiting on its held canary fetches, inside the deadline: nothing has been answered yet.
        for (var poll = 0; poll < 1000 && source.Held.IsEmpty; poll++)
            await Task.Delay(10);
        Assert.False(source.Held.IsEmpty, "the verdict's fetches never started");
        Assert.False(pending.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(8));
        using var response = await pending;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(response.StatusCode == HttpStatusCode.GatewayTimeout, body.ToJsonString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(body["pass"]!.GetValue<bool>());
        Assert.Contains("within 8 s", body["detail"]!.GetValue<string>());
        var id = body["canaryExecutionId"]!.GetValue<string>();

        // The worker takes the execution over; once the fetches answer it is judged and its verdict readable.
        source.Release();
        await client.WaitForCompleteAsync(id);
        using var later = await client.Http.GetAsync($"/canary/{id}/verdict");
        var verdict = JsonNode.Parse(await later.Content.ReadAsStringAsync())!;
        Assert.True(later.StatusCode == HttpStatusCode.OK, verdict.ToJsonString());
        Assert.True(verdict["pass"]!.GetValue<bool>());
        Assert.Equal(100.0, verdict["score"]!.GetValue<double>());
    }
}
