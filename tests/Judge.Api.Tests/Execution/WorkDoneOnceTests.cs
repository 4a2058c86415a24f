using System.Net;
using System.Net.Http.Json;
using Judge.Api.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// Work an execution does once: its metrics accounts are resolved once per provider type by the starter and once per
/// run by the runner (once in all when the runner runs in the starter's call, as a synchronous gate does), and its
/// document is written at most 4N+5 times for N metrics (it was 6 resolutions per metric and 4N+9 writes).
/// </summary>
public sealed class WorkDoneOnceTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly CountingObjectStore store = new();
    private readonly CountingMetricSourceLookups lookups = new();

    public void Dispose() => folder.Dispose();

    private ExecutionHost Host() => new(folder.Path, new FakeMetricSource(), testServices: services =>
    {
        services.AddKeyedSingleton<IObjectStore>("store", store);
        lookups.Install(services);
    });

    /// <summary>A client of <paramref name="host"/>, a stored config, and the resolutions counted before anything starts.</summary>
    private async Task<(CanaryClient Client, string ConfigId, int Before)> StoredConfigAsync(ExecutionHost host)
    {
        var client = new CanaryClient(host.CreateClient());
        var configId = await client.CreateConfigAsync();
        return (client, configId, lookups.Count);
    }

    [Fact]
    public async Task An_execution_started_by_POST_canary_resolves_its_account_once_in_the_starter_and_once_in_the_job()
    {
        await using var host = Host();
        var (client, configId, before) = await StoredConfigAsync(host);

        var id = await client.StartOkAsync(configId);
        var done = await client.WaitForCompleteAsync(id);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        // Stored once by the starter, then 4 writes per metric (two fetch stages, each begun and ended) and 4 more, at
        // most: the parallel fetches' changes made while another write is in flight share the next write
        // (ExecutionDocumentWriteTests), so how many of those there are depends on timing.
        Assert.InRange(store.WritesOf(ObjectType.CanaryResultArchive, id), 5, 4 * 2 + 5);
        // Two prometheus metrics, one provider type: one resolution when started, one when the job runs it.
        Assert.Equal(2, lookups.Count - before);
    }

    [Fact]
    public async Task A_synchronous_verdict_resolves_its_account_once()
    {
        await using var host = Host();
        var (client, configId, before) = await StoredConfigAsync(host);

        using var response = await client.Http.PostAsJsonAsync(
            $"/canary/{configId}/verdict?application=checkout&metricsAccountName=prom&storageAccountName=store", CanaryClient.Request());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, lookups.Count - before);
    }
}
