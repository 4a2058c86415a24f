namespace Judge.Api.Storage;

/// <summary>
/// An object store account: JSON documents addressed by (type, id), laid out as Kayenta does
/// (&lt;root&gt;/&lt;group&gt;/&lt;id&gt;/&lt;fileName&gt;). Ids are validated by the caller (see <see cref="ObjectId"/>).
/// </summary>
public interface IObjectStore
{
    /// <summary>The JSON bytes of the object, or null when there is none.</summary>
    /// <exception cref="DamagedDocumentException">the store holds the object, but its bytes fail the store's own
    /// integrity check on every read.</exception>
    Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the object atomically (a reader sees the old or the new document, never a part).</summary>
    /// <param name="fileName">Kayenta's file name inside the id folder; configs use "&lt;name&gt;.json". Default: the type's.</param>
    Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken);

    /// <summary>False when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(ObjectType type, string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredObjectSummary>> ListAsync(ObjectType type, CancellationToken cancellationToken);
}

public sealed record StoredObjectSummary(string Id, string FileName, DateTimeOffset UpdatedTimestamp);
