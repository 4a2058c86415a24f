using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// An incomplete execution whose stored document was torn (truncated) while no host ran: the next host logs it and
/// marks it terminal with the reason, so pollers stop waiting, instead of silently never resuming it.
/// </summary>
public sealed class DamagedExecutionRestartTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_torn_incomplete_execution_is_marked_terminal_at_start_up()
    {
        var hanging = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        string id;
        await using (var first = new ExecutionHost(store.Path, hanging))
        {
            var client = new CanaryClient(first.CreateClient());
            id = await client.StartOkAsync(await client.CreateConfigAsync());
            await client.WaitForAsync(id, s => CanaryClient.StageStatus(s, "fetchExperiment0") == "running", "mid-fetch");
        }
        var files = new FilesystemObjectStore(new FilesystemStoreOptions { Path = store.Path });
        var whole = (await files.ReadAsync(ObjectType.CanaryResultArchive, id, CancellationToken.None))!;
        var torn = whole[..(whole.Length / 2)];
        Assert.DoesNotContain("\"complete\":true", System.Text.Encoding.UTF8.GetString(torn));
        await files.WriteAsync(ObjectType.CanaryResultArchive, id, torn, null, CancellationToken.None);

        await using var second = new ExecutionHost(store.Path, new FakeMetricSource());
        var client2 = new CanaryClient(second.CreateClient());
        var status = await client2.WaitForCompleteAsync(id);

        Assert.Equal("terminal", status["status"]!.GetValue<string>());
        Assert.Equal("checkout", status["application"]!.GetValue<string>());
        Assert.Contains("damaged", status.ToJsonString());
        var listed = JsonNode.Parse(await second.CreateClient().GetStringAsync("/canary/executions?application=checkout&storageAccountName=store"))!.AsArray();
        Assert.Contains(listed, e => e!["pipelineId"]!.GetValue<string>() == id);
    }
}
