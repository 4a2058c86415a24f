using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Api.Engine;
using Judge.Api.Storage;
using Judge.Api.Tests.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// A torn analysis document found by its engine job: incomplete → marked terminal with the reason (pollers stop
/// waiting); one whose text says it completed is left as it is and still answered as damaged.
/// </summary>
public sealed class DamagedAnalysisRestartTests : IDisposable
{
    private readonly TempDirectory store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_torn_incomplete_analysis_is_marked_terminal_and_a_torn_complete_one_is_left()
    {
        var files = new FilesystemObjectStore(new FilesystemStoreOptions { Path = store.Path });
        await files.WriteAsync(ObjectType.StandaloneCanaryResultArchive, "torn-running",
            Encoding.UTF8.GetBytes("{\"pipelineId\":\"torn-running\",\"application\":\"checkout\",\"user\":\"ci\",\"status\":\"running\",\"complete\":false,\"judgements\":[{\"number\":1,"),
            null, CancellationToken.None);
        await files.WriteAsync(ObjectType.StandaloneCanaryResultArchive, "torn-finished",
            Encoding.UTF8.GetBytes("{\"pipelineId\":\"torn-finished\",\"application\":\"checkout\",\"status\":\"succeeded\",\"complete\":true,\"judgements\":[{\"num"),
            null, CancellationToken.None);

        await using var host = new ExecutionHost(store.Path, new FakeMetricSource());
        var client = host.CreateClient();
        // Both were running when their documents were torn: their engine jobs fire on this host.
        var engine = host.Services.GetRequiredService<EngineScheduling>();
        foreach (var id in new[] { "torn-running", "torn-finished" })
            await engine.ScheduleAnalysisAsync("store", id, DateTimeOffset.UtcNow, CancellationToken.None);
        JsonObject? status = null;
        for (var poll = 0; poll < 200 && status is null; poll++)
        {
            var response = await client.GetAsync("/standalone_canary_analysis/torn-running");
            if (response.StatusCode == HttpStatusCode.OK) status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            else await Task.Delay(50);
        }

        Assert.NotNull(status);
        Assert.True(status["complete"]!.GetValue<bool>());
        Assert.Equal("terminal", status["status"]!.GetValue<string>());
        Assert.Equal("checkout", status["application"]!.GetValue<string>());
        Assert.Contains("damaged", status.ToJsonString());
        var finished = await ProblemAssert.IsProblem(await client.GetAsync("/standalone_canary_analysis/torn-finished"), HttpStatusCode.InternalServerError);
        Assert.Contains("canary analysis 'torn-finished' is damaged", finished.GetProperty("detail").GetString());
    }
}
