using System.Collections.Concurrent;
using Judge.Api.Storage;
using Judge.Api.Tests.Storage;

namespace Judge.Api.Tests.Execution;

/// <summary>A memory store that counts the writes of each object, to pin how often a document is rewritten.</summary>
public sealed class CountingObjectStore(TimeProvider? clock = null) : MemoryStoreDecorator(clock)
{
    private readonly ConcurrentDictionary<(ObjectType, string), int> writes = new();

    public int WritesOf(ObjectType type, string id) => writes.GetValueOrDefault((type, id));

    public override Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken)
    {
        writes.AddOrUpdate((type, id), 1, (_, count) => count + 1);
        return base.WriteAsync(type, id, json, fileName, cancellationToken);
    }
}
