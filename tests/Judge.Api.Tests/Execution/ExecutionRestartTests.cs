using System.Text.Json.Nodes;
using Judge.Api.Execution;
using Judge.Api.Json;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Execution;

/// <summary>A host that stops mid-execution leaves a document the next host on the same store resumes.</summary>
public sealed class ExecutionRestartTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_new_host_resumes_an_interrupted_execution_without_refetching_what_was_stored()
    {
        var hanging = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        string id;
        await using (var first = new ExecutionHost(store.Path, hanging))
        {
            var client = new CanaryClient(first.CreateClient());
            id = await client.StartOkAsync(await client.CreateConfigAsync());
            await client.WaitForAsync(id,
                s => CanaryClient.StageStatus(s, "fetchControl0") == "succeeded" && CanaryClient.StageStatus(s, "fetchControl1") == "succeeded"
                     && CanaryClient.StageStatus(s, "fetchExperiment0") == "running" && CanaryClient.StageStatus(s, "fetchExperiment1") == "running",
                "mid-fetch");
        }

        // The stopped host left a resumable document in Kayenta's archive shape: still running, the interrupted stages
        // marked running.
        var raw = JsonNode.Parse(await ReadRawAsync(id))!.AsObject();
        Assert.Equal("running", raw["stageStatus"]!["fetchExperiment0"]!.GetValue<string>());
        Assert.Equal("succeeded", raw["stageStatus"]!["fetchControl0"]!.GetValue<string>());
        Assert.False(raw["complete"]!.GetValue<bool>());
        Assert.Equal(id, raw["pipelineId"]!.GetValue<string>());
        Assert.NotNull(raw["buildTimeIso"]);
        Assert.NotNull(raw["canaryExecutionRequest"]);
        var stored = await ReadStoredAsync(id);
        Assert.False(stored.Complete);
        Assert.Equal(ExecutionStatus.Running, stored.Status);
        Assert.Equal(ExecutionStatus.Running, stored.Stage("fetchExperiment0").Status);
        Assert.NotNull(stored.Stage("fetchControl0").MetricSetListId);

        var healthy = new FakeMetricSource();
        await using var second = new ExecutionHost(store.Path, healthy);
        var status = await new CanaryClient(second.CreateClient()).WaitForCompleteAsync(id);

        Assert.Equal("succeeded", status["status"]!.GetValue<string>());
        Assert.Equal(100.0, status["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>());
        // Only the interrupted experiment fetches ran again; the stored control series were reused.
        Assert.Equal(["canary", "canary"], healthy.Queries.Select(q => q.Scope.Scope));
        Assert.Equal(1, (await ReadStoredAsync(id)).Resumptions);
    }

    [Fact]
    public async Task An_execution_interrupted_too_often_is_marked_terminal_with_the_reason()
    {
        var hanging = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        string id;
        await using (var first = new ExecutionHost(store.Path, hanging))
        {
            var client = new CanaryClient(first.CreateClient());
            id = await client.StartOkAsync(await client.CreateConfigAsync());
            await client.WaitForAsync(id, s => CanaryClient.StageStatus(s, "fetchExperiment0") == "running", "mid-fetch");
        }

        var noRetries = new Dictionary<string, string?> { ["Judge:Execution:MaxResumptions"] = "0" };
        var healthy = new FakeMetricSource();
        await using var second = new ExecutionHost(store.Path, healthy, noRetries);
        var status = await new CanaryClient(second.CreateClient()).WaitForCompleteAsync(id);

        Assert.Equal("terminal", status["status"]!.GetValue<string>());
        Assert.Contains("interrupted", status["exception"]!["details"]!["errors"]![0]!.GetValue<string>());
        Assert.Empty(healthy.Queries);
        Assert.DoesNotContain(status["stageStatus"]!.AsObject(), p => p.Value!.GetValue<string>() == "running");
    }

    private async Task<byte[]> ReadRawAsync(string id)
    {
        var fileStore = new FilesystemObjectStore(new FilesystemStoreOptions { Path = store.Path });
        var json = await fileStore.ReadAsync(ObjectType.CanaryResultArchive, id, CancellationToken.None);
        Assert.NotNull(json);
        return json!;
    }

    private async Task<CanaryExecution> ReadStoredAsync(string id) =>
        StoredJson.Deserialize<CanaryExecution>(await ReadRawAsync(id), "execution");
}
