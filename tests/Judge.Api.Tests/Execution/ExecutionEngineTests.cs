using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Execution;

/// <summary>How the engine runs an execution: bounded parallel fetches, and what it records on the Judge meter.</summary>
public sealed class ExecutionEngineTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    private static JsonObject ConfigWithMetrics(int count)
    {
        var config = CanaryClient.Config();
        var metrics = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            metrics.Add(new JsonObject
            {
                ["name"] = $"metric_{i}",
                ["groups"] = new JsonArray("all"),
                ["scopeName"] = "default",
                ["query"] = new JsonObject { ["type"] = "prometheus", ["metricName"] = $"series_{i}" },
            });
        }
        config["metrics"] = metrics;
        config["classifier"] = new JsonObject { ["groupWeights"] = new JsonObject { ["all"] = 100 } };
        return config;
    }

    [Fact]
    public async Task Fetches_run_in_parallel_up_to_the_configured_degree()
    {
        // 6 metrics = 12 fetches, at most 3 at once.
        var source = new FakeMetricSource { Holds = _ => true };
        var settings = new Dictionary<string, string?> { ["Judge:Execution:MaxParallelFetches"] = "3" };
        await using var host = new ExecutionHost(store.Path, source, settings);
        var client = new CanaryClient(host.CreateClient());
        var id = await client.StartOkAsync(await client.CreateConfigAsync(ConfigWithMetrics(6)));

        var running = await client.WaitForAsync(id,
            s => s["stageStatus"]!.AsObject().Count(p => p.Value!.GetValue<string>() == "running") == 3, "three fetches running");
        Assert.Equal(3, source.Held.Count);
        Assert.Equal(9, running["stageStatus"]!.AsObject().Count(p => p.Key.StartsWith("fetch") && p.Value!.GetValue<string>() == "not_started"));

        source.Release();
        var done = await client.WaitForCompleteAsync(id);
        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal(12, source.Queries.Count);
        Assert.Equal(3, source.MaxInFlight);
    }

    [Fact]
    public async Task Finished_executions_and_fetch_latencies_are_recorded_on_the_Judge_meter()
    {
        var source = new FakeMetricSource { Fails = q => q.Scope.Scope == "broken" };
        await using var host = new ExecutionHost(store.Path, source);
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        var executions = new List<(long Value, string? Status)>();
        var fetches = new List<string?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Meter.Name == "Judge")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "judge.executions")
                lock (executions) executions.Add((value, Tag(tags, "status")));
        });
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            if (instrument.Name == "judge.metric_fetch.duration")
                lock (fetches) fetches.Add(Tag(tags, "provider"));
        });
        listener.Start();

        var client = new CanaryClient(host.CreateClient());
        var configId = await client.CreateConfigAsync();
        await client.WaitForCompleteAsync(await client.StartOkAsync(configId));
        await client.WaitForCompleteAsync(await client.StartOkAsync(configId, CanaryClient.Request(experiment: CanaryClient.Scope("broken"))));

        lock (executions)
            Assert.Equal([(1L, "succeeded"), (1L, "terminal")], executions.OrderBy(e => e.Status));
        lock (fetches)
        {
            Assert.True(fetches.Count >= 5, $"{fetches.Count} fetches recorded");
            Assert.All(fetches, provider => Assert.Equal("prometheus", provider));
        }
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
                return tag.Value as string;
        }
        return null;
    }
}
