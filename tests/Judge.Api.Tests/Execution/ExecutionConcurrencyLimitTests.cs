using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// Judge:Execution:MaxConcurrentExecutions: executions past the limit are accepted and queued, not refused, and each
/// runs once a slot frees. Slots are freed by fetch timeouts on fake time, so nothing here waits on the wall clock.
/// </summary>
public sealed class ExecutionConcurrencyLimitTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    private static long Millis(JsonObject status, string field) => status[field]!.GetValue<long>();

    [Fact]
    public async Task Executions_past_the_limit_wait_in_the_queue_and_start_when_a_slot_frees()
    {
        var clock = new FakeTimeProvider(T0);
        // "held-…" fetches never answer: only their 30 s fetch timeout (fake time) ends them and frees the slot.
        var source = new FakeMetricSource { Holds = q => q.Scope.Scope.StartsWith("held", StringComparison.Ordinal) };
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Execution:MaxConcurrentExecutions"] = "2",
            ["Judge:Execution:FetchTimeout"] = "00:00:30",
        };
        await using var host = new ExecutionHost(store.Path, source, settings, clock);
        var client = new CanaryClient(host.CreateClient());
        var configId = await client.CreateConfigAsync();
        JsonObject Held(string name) => CanaryClient.Request(CanaryClient.Scope($"held-{name}-baseline"), CanaryClient.Scope($"held-{name}-canary"));

        var first = await client.StartOkAsync(configId, Held("a"));
        var second = await client.StartOkAsync(configId, Held("b"));
        // Both slots taken: each of the two has a fetch in progress.
        await client.WaitForAsync(first, _ => source.Held.Any(q => q.Scope.Scope.StartsWith("held-a", StringComparison.Ordinal)), "fetching");
        await client.WaitForAsync(second, _ => source.Held.Any(q => q.Scope.Scope.StartsWith("held-b", StringComparison.Ordinal)), "fetching");
        var third = await client.StartOkAsync(configId);

        // Accepted (200 with an id) but not started while both slots are held; no fetch of it has been made.
        var queued = await client.GetAsync(third);
        Assert.Equal("not_started", queued["status"]!.GetValue<string>());
        Assert.False(queued["complete"]!.GetValue<bool>());
        Assert.DoesNotContain(source.Queries, q => !q.Scope.Scope.StartsWith("held", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromSeconds(31));
        var a = await client.WaitForCompleteAsync(first);
        var b = await client.WaitForCompleteAsync(second);
        var c = await client.WaitForCompleteAsync(third);

        Assert.Equal("terminal", a["status"]!.GetValue<string>());
        Assert.Equal("terminal", b["status"]!.GetValue<string>());
        Assert.Contains("timed out", a["exception"]!.ToJsonString());
        Assert.Equal("succeeded", c["status"]!.GetValue<string>());
        // The first two ran side by side from the start; the third was queued at T0 and started only once one ended.
        Assert.Equal(T0.ToUnixTimeMilliseconds(), Millis(a, "startTimeMillis"));
        Assert.Equal(T0.ToUnixTimeMilliseconds(), Millis(b, "startTimeMillis"));
        Assert.Equal(T0.ToUnixTimeMilliseconds(), Millis(c, "buildTimeMillis"));
        Assert.True(Millis(c, "startTimeMillis") >= Math.Min(Millis(a, "endTimeMillis"), Millis(b, "endTimeMillis")),
            $"the queued execution started at {Millis(c, "startTimeMillis")}, before a slot freed");
        Assert.Equal(T0.AddSeconds(31).ToUnixTimeMilliseconds(), Millis(c, "startTimeMillis"));
    }
}
