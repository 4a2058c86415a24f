using Judge.Api.Execution;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// Judge:Execution:MaxResumptions above 1: an execution is resumed by each new host up to the limit, counting every
/// resumption in its document, and the host after that marks it terminal with the number of interruptions.
/// </summary>
public sealed class ExecutionResumptionLimitTests : IDisposable
{
    private readonly TempDirectory store = new();
    private readonly Dictionary<string, string?> twoResumptions = new() { ["Judge:Execution:MaxResumptions"] = "2" };

    public void Dispose() => store.Dispose();

    private async Task<CanaryExecution> ReadStoredAsync(string id)
    {
        var json = await new FilesystemObjectStore(new FilesystemStoreOptions { Path = store.Path })
            .ReadAsync(ObjectType.CanaryResultArchive, id, CancellationToken.None);
        Assert.NotNull(json);
        return StoredJson.Deserialize<CanaryExecution>(json!, "execution");
    }

    /// <summary>A host whose canary fetches hang: it stops with the execution mid-fetch. Returns the fetches it made.</summary>
    private async Task<int> InterruptAsync(string id)
    {
        var hanging = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        await using var host = new ExecutionHost(store.Path, hanging, twoResumptions);
        await new CanaryClient(host.CreateClient()).WaitForAsync(id, s => CanaryClient.StageStatus(s, "fetchExperiment0") == "running"
            && hanging.Held.Any(), "mid-fetch");
        return hanging.Queries.Count;
    }

    [Fact]
    public async Task Each_host_resumes_until_the_limit_and_the_next_one_gives_up_naming_the_interruptions()
    {
        string id;
        var hanging = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        await using (var first = new ExecutionHost(store.Path, hanging, twoResumptions))
        {
            var client = new CanaryClient(first.CreateClient());
            id = await client.StartOkAsync(await client.CreateConfigAsync());
            await client.WaitForAsync(id, s => CanaryClient.StageStatus(s, "fetchExperiment0") == "running", "mid-fetch");
        }
        Assert.Equal(0, (await ReadStoredAsync(id)).Resumptions);

        // Resumptions 1 and 2 are within the limit: the hosts run the interrupted fetches again.
        for (var resumption = 1; resumption <= 2; resumption++)
        {
            Assert.True(await InterruptAsync(id) > 0, $"resumption {resumption} fetched nothing");
            var stored = await ReadStoredAsync(id);
            Assert.Equal(resumption, stored.Resumptions);
            Assert.False(stored.Complete);
        }

        var healthy = new FakeMetricSource();
        await using var last = new ExecutionHost(store.Path, healthy, twoResumptions);
        var status = await new CanaryClient(last.CreateClient()).WaitForCompleteAsync(id);

        Assert.Equal("terminal", status["status"]!.GetValue<string>());
        Assert.Contains("interrupted 3 times", status["exception"]!["details"]!["errors"]![0]!.GetValue<string>());
        Assert.Empty(healthy.Queries);
        Assert.Equal(2, (await ReadStoredAsync(id)).Resumptions);
    }
}
