using System.Collections.Concurrent;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Execution;

/// <summary>A memory store that counts the writes of each object, to pin how often a document is rewritten.</summary>
public sealed class CountingObjectStore(TimeProvider? clock = null) : IObjectStore
{
    private readonly MemoryObjectStore inner = new(clock);
    private readonly ConcurrentDictionary<(ObjectType, string), int> writes = new();

    public int WritesOf(ObjectType type, string id) => writes.GetValueOrDefault((type, id));

    public Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken) =>
        inner.ReadAsync(type, id, cancellationToken);

    public Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken)
    {
        writes.AddOrUpdate((type, id), 1, (_, count) => count + 1);
        return inner.WriteAsync(type, id, json, fileName, cancellationToken);
    }

    public Task<bool> DeleteAsync(ObjectType type, string id, CancellationToken cancellationToken) =>
        inner.DeleteAsync(type, id, cancellationToken);

    public Task<IReadOnlyList<StoredObjectSummary>> ListAsync(ObjectType type, CancellationToken cancellationToken) =>
        inner.ListAsync(type, cancellationToken);
}
