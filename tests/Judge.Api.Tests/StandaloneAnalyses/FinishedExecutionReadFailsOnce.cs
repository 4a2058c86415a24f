using System.Collections.Concurrent;
using System.Text;
using Judge.Api.Storage;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// A memory store whose first read of each finished canary execution fails as a store outage would (S3 answering a
/// GET with a body cut short while the object is rewritten, say). Only the lifetime runner reads an execution once it
/// is complete, so the failure lands in its poll.
/// </summary>
public sealed class FinishedExecutionReadFailsOnce(TimeProvider clock) : IObjectStore
{
    private readonly MemoryObjectStore inner = new(clock);
    private readonly ConcurrentDictionary<string, bool> failed = new(StringComparer.Ordinal);

    public int Failures => failed.Count;

    public async Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        var json = await inner.ReadAsync(type, id, cancellationToken);
        if (type == ObjectType.CanaryResultArchive && json is not null
            && Encoding.UTF8.GetString(json).Contains("\"complete\":true", StringComparison.Ordinal)
            && failed.TryAdd(id, true))
            throw new ObjectStoreException($"read of execution {id} failed", new IOException("the response ended prematurely"));
        return json;
    }

    public Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken) =>
        inner.WriteAsync(type, id, json, fileName, cancellationToken);

    public Task<bool> DeleteAsync(ObjectType type, string id, CancellationToken cancellationToken) =>
        inner.DeleteAsync(type, id, cancellationToken);

    public Task<IReadOnlyList<StoredObjectSummary>> ListAsync(ObjectType type, CancellationToken cancellationToken) =>
        inner.ListAsync(type, cancellationToken);
}
