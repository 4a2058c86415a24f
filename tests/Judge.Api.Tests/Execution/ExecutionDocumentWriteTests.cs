using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// How an execution's document changes reach storage while its stages run in parallel (<see cref="ExecutionRun"/>):
/// changes made while a write is in flight are stored together by the next write, and each change's caller returns
/// only once a write holding its change is done.
/// </summary>
public sealed class ExecutionDocumentWriteTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly HeldObjectStore store = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Changes_made_during_a_write_share_the_next_write_and_their_callers_wait_for_it()
    {
        await using var host = new ExecutionHost(folder.Path, new FakeMetricSource(),
            testServices: services => services.AddKeyedSingleton<IObjectStore>("store", store));
        var repository = host.Services.GetRequiredService<ExecutionRepository>();
        var execution = new CanaryExecution
        {
            Application = "checkout",
            PipelineId = ObjectId.New(),
            Config = new CanaryConfig(),
            CanaryExecutionRequest = new CanaryExecutionRequest(),
            StorageAccountName = "store",
            MetricsAccountName = "prom",
            Stages = [new() { RefId = "a" }, new() { RefId = "b" }, new() { RefId = "c" }],
        };
        var run = new ExecutionRun(execution, plan: null!, repository);
        Task Begin(string stage) => run.UpdateAsync(e => e.Stage(stage).Status = ExecutionStatus.Running, CancellationToken.None);

        var first = Begin("a");
        await store.WriteBegunAsync();
        var second = Begin("b");
        var third = Begin("c");
        await Task.Delay(50);
        Assert.False(second.IsCompleted || third.IsCompleted, "a change returned before any write holding it was done");

        store.ReleaseOne();
        await first;
        await store.WriteBegunAsync();
        await Task.Delay(50);
        Assert.False(second.IsCompleted || third.IsCompleted, "a change returned before the write holding it was done");

        store.ReleaseOne();
        await Task.WhenAll(second, third).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, store.Writes);
        var stored = await repository.FindAsync("store", execution.PipelineId, CancellationToken.None);
        Assert.All(["a", "b", "c"], stage => Assert.Equal(ExecutionStatus.Running, stored!.Stage(stage).Status));
    }
}
