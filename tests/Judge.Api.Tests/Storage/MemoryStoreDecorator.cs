using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// A memory store for a test to change one behaviour of: reads and writes pass through unless a subclass overrides
/// them; deletes and listings always do.
/// </summary>
public abstract class MemoryStoreDecorator(TimeProvider? clock = null) : IObjectStore
{
    private readonly MemoryObjectStore inner = new(clock);

    public virtual Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken) =>
        inner.ReadAsync(type, id, cancellationToken);

    public virtual Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken) =>
        inner.WriteAsync(type, id, json, fileName, cancellationToken);

    public Task<bool> DeleteAsync(ObjectType type, string id, CancellationToken cancellationToken) =>
        inner.DeleteAsync(type, id, cancellationToken);

    public Task<IReadOnlyList<StoredObjectSummary>> ListAsync(ObjectType type, CancellationToken cancellationToken) =>
        inner.ListAsync(type, cancellationToken);
}
