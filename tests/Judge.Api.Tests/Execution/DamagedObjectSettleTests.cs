using System.Text;
using Judge.Api.Engine;
using Judge.Api.Execution;
using Judge.Api.Storage;
using Judge.Api.Tests.StandaloneAnalyses;
using Judge.Api.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// An execution whose stored object the store itself reports damaged (an S3 object failing its checksum on every read):
/// the job settling it cannot read its text at all, and still replaces it by a terminal document, so pollers stop
/// waiting and the engine stops retrying it.
/// </summary>
public sealed class DamagedObjectSettleTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_execution_the_store_cannot_read_is_replaced_by_a_terminal_document()
    {
        var clock = new FakeTimeProvider(T0);
        var store = new DamagedUntilRewritten(clock);
        await using var host = StandaloneAnalysisHost.WithStore(clock, new WindowMetricSource(), store);
        var repository = host.Services.GetRequiredService<ExecutionRepository>();
        await store.WriteAsync(ObjectType.CanaryResultArchive, "exec-1", Encoding.UTF8.GetBytes("""{"pipelineId":"exec-1"}"""), null, CancellationToken.None);
        store.Damage("exec-1");
        await Assert.ThrowsAsync<DamagedDocumentException>(() => repository.FindAsync("store", "exec-1", CancellationToken.None));

        await DamagedDocuments.SettleAsync(repository, ObjectType.CanaryResultArchive, "store", "exec-1", "execution",
            json => DamagedExecution.Terminal("exec-1", "store", json, T0.ToUnixTimeMilliseconds()), NullLogger.Instance, CancellationToken.None);

        var settled = await repository.FindAsync("store", "exec-1", CancellationToken.None);
        Assert.NotNull(settled);
        Assert.True(settled.Complete);
        Assert.Equal(ExecutionStatus.Terminal, settled.Status);
    }

    /// <summary>Reads of a damaged id fail as a store's integrity check does, until the object is written again.</summary>
    private sealed class DamagedUntilRewritten(TimeProvider clock) : MemoryStoreDecorator(clock)
    {
        private readonly HashSet<string> damaged = [];

        public void Damage(string id)
        {
            lock (damaged)
                damaged.Add(id);
        }

        public override Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken)
        {
            lock (damaged)
                if (damaged.Contains(id))
                    throw new DamagedDocumentException($"object {type.Group()}/{id}");
            return base.ReadAsync(type, id, cancellationToken);
        }

        public override async Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken)
        {
            await base.WriteAsync(type, id, json, fileName, cancellationToken);
            lock (damaged)
                damaged.Remove(id);
        }
    }
}
