using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Judge.Api.Storage;

/// <summary>
/// Documents as files laid out like Kayenta's keys: &lt;Path&gt;/&lt;group&gt;/&lt;id&gt;/&lt;fileName&gt;.
/// Writes go to a temp file in the id folder that is then renamed over the target, so a reader sees the old or the new
/// document, never a part. Writes and deletes of one id are serialized within this process; the folder is meant to
/// be owned by one process.
/// </summary>
public sealed class FilesystemObjectStore : IObjectStore
{
    private const string TempSuffix = ".tmp";
    private const string DeletedFolderPrefix = ".deleted-";

    private readonly string _root;
    private readonly ILogger _logger;
    private readonly KeyedAsyncLock _locks = new();

    public FilesystemObjectStore(FilesystemStoreOptions options, ILogger<FilesystemObjectStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new ArgumentException("Path is required: the folder that holds the stored objects.", nameof(options));
        }

        _root = System.IO.Path.GetFullPath(options.Path);
        _logger = logger ?? NullLogger<FilesystemObjectStore>.Instance;
    }

    public async Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        var folder = IdFolder(type.Group(), ObjectAddress.ValidId(id));
        try
        {
            var documents = DocumentFiles(folder);
            if (documents.Count == 1)
            {
                try
                {
                    return await ReadFileAsync(documents[0], cancellationToken).ConfigureAwait(false);
                }
                catch (FileNotFoundException)
                {
                    // Replaced by a concurrent rename or delete between listing and opening: settle it under the lock.
                }
            }

            // An existing id folder without exactly one document is a write in flight: two files between a rename
            // and its cleanup, or none when the folder listing raced that rename. Wait for the write to finish.
            using (await _locks.AcquireAsync(LockKey(type, id), cancellationToken).ConfigureAwait(false))
            {
                documents = DocumentFiles(folder);
                return documents.Count == 1
                    ? await ReadFileAsync(documents[0], cancellationToken).ConfigureAwait(false)
                    : null;
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure("read", type, id, e);
        }
    }

    public async Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken)
    {
        var address = ObjectAddress.For(type, id, fileName);
        var folder = IdFolder(address.Group, address.Id);
        var target = System.IO.Path.Combine(folder, address.FileName);
        var temp = System.IO.Path.Combine(folder, $".{Guid.NewGuid():N}{TempSuffix}");

        using (await _locks.AcquireAsync(LockKey(type, address.Id), cancellationToken).ConfigureAwait(false))
        {
            try
            {
                Directory.CreateDirectory(folder);
                await WriteDurablyAsync(temp, json, cancellationToken).ConfigureAwait(false);
                File.Move(temp, target, overwrite: true);
            }
            catch (Exception e)
            {
                TryDelete(temp);
                if (e is IOException or UnauthorizedAccessException)
                {
                    throw Failure("write", type, address.Id, e);
                }

                throw;
            }

            // A renamed config: the document under its old file name goes only after the new one is in place.
            try
            {
                foreach (var stale in DocumentFiles(folder).Where(path => path != target))
                {
                    File.Delete(stale);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure("remove the previous file name of", type, address.Id, e);
            }
        }
    }

    public async Task<bool> DeleteAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        var group = type.Group();
        var folder = IdFolder(group, ObjectAddress.ValidId(id));

        using (await _locks.AcquireAsync(LockKey(type, id), cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (!Directory.Exists(folder))
                {
                    return false;
                }

                var hadDocument = DocumentFiles(folder).Count > 0;

                // Moving the folder aside first makes the delete look atomic to readers and listings.
                var doomed = System.IO.Path.Combine(_root, group, $"{DeletedFolderPrefix}{Guid.NewGuid():N}");
                Directory.Move(folder, doomed);
                Directory.Delete(doomed, recursive: true);
                return hadDocument;
            }
            catch (DirectoryNotFoundException)
            {
                return false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure("delete", type, id, e);
            }
        }
    }

    public async Task<IReadOnlyList<StoredObjectSummary>> ListAsync(ObjectType type, CancellationToken cancellationToken)
    {
        var groupFolder = System.IO.Path.Combine(_root, type.Group());
        var summaries = new List<StoredObjectSummary>();
        try
        {
            if (!Directory.Exists(groupFolder))
            {
                return summaries;
            }

            foreach (var folder in Directory.EnumerateDirectories(groupFolder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var id = System.IO.Path.GetFileName(folder);
                if (!ObjectId.IsValid(id))
                {
                    continue;
                }

                var document = Newest(folder);
                if (document is null)
                {
                    // The folder listing may have raced a rename; look again once that write is done.
                    using (await _locks.AcquireAsync(LockKey(type, id), cancellationToken).ConfigureAwait(false))
                    {
                        document = Newest(folder);
                    }
                }

                if (document is not null)
                {
                    summaries.Add(new StoredObjectSummary(id, document.Name, new DateTimeOffset(document.LastWriteTimeUtc)));
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // The group folder itself went away while listing: nothing left to list.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ObjectStoreException($"Filesystem store could not list {type.Group()}: {e.Message}", e);
        }

        summaries.Sort((a, b) => StringComparer.Ordinal.Compare(a.Id, b.Id));
        return summaries;
    }

    private string IdFolder(string group, string id) => System.IO.Path.Combine(_root, group, id);

    private static string LockKey(ObjectType type, string id) => $"{type.Group()}/{id}";

    private static List<string> DocumentFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(path => ObjectAddress.IsDocumentFileName(System.IO.Path.GetFileName(path)))
            .ToList();

    /// <summary>The id folder's document; while a rename is settling there are two, and the newer one is the id's.</summary>
    private static FileInfo? Newest(string folder)
    {
        try
        {
            return DocumentFiles(folder)
                .Select(path => new FileInfo(path))
                .Where(file => file.Exists)
                .OrderByDescending(file => file.LastWriteTimeUtc)
                .FirstOrDefault();
        }
        catch (DirectoryNotFoundException)
        {
            return null; // deleted while listing
        }
    }

    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        // FileShare.Delete lets a writer rename over (or a delete remove) the file while it is being read.
        await using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1, FileOptions.Asynchronous);
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        return bytes;
    }

    private static async Task WriteDurablyAsync(string path, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous);
        await stream.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "Could not remove the temp file {TempFile}", path);
        }
    }

    private static ObjectStoreException Failure(string operation, ObjectType type, string id, Exception e) =>
        new($"Filesystem store could not {operation} {type.Group()}/{id}: {e.Message}", e);
}
