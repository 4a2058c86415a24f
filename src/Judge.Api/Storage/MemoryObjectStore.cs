using System.Collections.Concurrent;

namespace Judge.Api.Storage;

/// <summary>
/// Objects kept in process memory (lost on restart). Thread-safe; it keeps its own copy of every document and hands
/// out copies, so callers can never change what is stored.
/// </summary>
public sealed class MemoryObjectStore(TimeProvider? timeProvider = null) : IObjectStore
{
    private readonly ConcurrentDictionary<(ObjectType Type, string Id), StoredDocument> _documents = new();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        ObjectAddress.ValidId(id);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_documents.TryGetValue((type, id), out var document) ? document.Json.ToArray() : null);
    }

    public Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken)
    {
        var address = ObjectAddress.For(type, id, fileName);
        cancellationToken.ThrowIfCancellationRequested();
        _documents[(type, address.Id)] = new StoredDocument(json.ToArray(), address.FileName, _time.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        ObjectAddress.ValidId(id);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_documents.TryRemove((type, id), out _));
    }

    public Task<IReadOnlyList<StoredObjectSummary>> ListAsync(ObjectType type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<StoredObjectSummary> summaries = _documents
            .Where(entry => entry.Key.Type == type)
            .Select(entry => new StoredObjectSummary(entry.Key.Id, entry.Value.FileName, entry.Value.UpdatedTimestamp))
            .OrderBy(summary => summary.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(summaries);
    }

    private sealed record StoredDocument(byte[] Json, string FileName, DateTimeOffset UpdatedTimestamp);
}
