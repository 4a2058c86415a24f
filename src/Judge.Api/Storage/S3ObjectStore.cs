using System.Net;
using System.Runtime.InteropServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Judge.Api.Storage;

/// <summary>
/// Documents as S3 objects under Kayenta's keys, &lt;RootFolder&gt;/&lt;group&gt;/&lt;id&gt;/&lt;fileName&gt;, so a bucket
/// written by Kayenta can be read and the other way round. Unlike Kayenta, an id is looked up with a trailing slash,
/// so id "abc" never matches "abcd/...".
/// </summary>
public sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private const int ReadListLimit = 2; // enough to tell "exactly one" from "more than one"

    private readonly AmazonS3Client _s3;
    private readonly string _bucket;
    private readonly string _rootFolder;
    private readonly string? _region;
    private readonly bool _customEndpoint;
    private readonly ILogger _logger;
    private readonly KeyedAsyncLock _idLocks = new();
    private readonly SemaphoreSlim _bucketGate = new(1, 1);
    private volatile bool _bucketKnownToExist;

    public S3ObjectStore(S3StoreOptions options, ILogger<S3ObjectStore>? logger = null)
    {
        _s3 = S3ClientFactory.Create(options);
        _bucket = options.Bucket;
        _rootFolder = options.RootFolder;
        _region = options.Region;
        _customEndpoint = !string.IsNullOrWhiteSpace(options.ServiceUrl);
        _logger = logger ?? NullLogger<S3ObjectStore>.Instance;
    }

    public async Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        var prefix = IdPrefix(type.Group(), ObjectAddress.ValidId(id));
        var (settled, json) = await TryReadSingleAsync(prefix, cancellationToken).ConfigureAwait(false);
        if (settled)
        {
            return json;
        }

        // Two objects (or one that vanished before the GET) are a rename in flight; if it is this process's own
        // write, it is done once the id's turn is free. Otherwise the id stays ambiguous, as in Kayenta: not found.
        using var turn = await _idLocks.AcquireAsync(prefix, cancellationToken).ConfigureAwait(false);
        (_, json) = await TryReadSingleAsync(prefix, cancellationToken).ConfigureAwait(false);
        return json;
    }

    public async Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken)
    {
        var address = ObjectAddress.For(type, id, fileName);
        var prefix = IdPrefix(address.Group, address.Id);
        var key = prefix + address.FileName;

        // Writers of one id within this process take turns; across processes each PUT is still atomic in S3.
        using var turn = await _idLocks.AcquireAsync(prefix, cancellationToken).ConfigureAwait(false);

        // Only objects that existed before this PUT are removed afterwards, so a concurrent newer write (from another
        // process) is never lost.
        var previousKeys = await ListKeysAsync(prefix, cancellationToken).ConfigureAwait(false);
        await EnsureBucketAsync(cancellationToken).ConfigureAwait(false);

        try
        {
            using var body = AsStream(json);
            await _s3.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = _bucket,
                    Key = key,
                    InputStream = body,
                    ContentType = "application/json",
                    // Some S3-compatible stores keep aws-chunked framing as part of the body.
                    UseChunkEncoding = false,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            throw Failure("put", key, e);
        }

        // A renamed config leaves its old file name behind; it goes only after the new object is in place.
        foreach (var stale in previousKeys.Where(previous => previous != key))
        {
            await DeleteKeyAsync(stale, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> DeleteAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        var prefix = IdPrefix(type.Group(), ObjectAddress.ValidId(id));
        using var turn = await _idLocks.AcquireAsync(prefix, cancellationToken).ConfigureAwait(false);
        var keys = await ListKeysAsync(prefix, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            await DeleteKeyAsync(key, cancellationToken).ConfigureAwait(false);
        }

        return keys.Count > 0;
    }

    public async Task<IReadOnlyList<StoredObjectSummary>> ListAsync(ObjectType type, CancellationToken cancellationToken)
    {
        var prefix = GroupPrefix(type.Group());
        var newestPerId = new Dictionary<string, StoredObjectSummary>(StringComparer.Ordinal);
        await foreach (var s3Object in ListObjectsAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            var rest = s3Object.Key.AsSpan(prefix.Length);
            var slash = rest.IndexOf('/');
            if (slash <= 0 || slash == rest.Length - 1 || rest[(slash + 1)..].Contains('/'))
            {
                continue; // not <id>/<fileName>
            }

            var id = rest[..slash].ToString();
            if (!ObjectId.IsValid(id))
            {
                continue;
            }

            var summary = new StoredObjectSummary(id, rest[(slash + 1)..].ToString(), Timestamp(s3Object.LastModified));
            // Two objects under one id are a rename that has not been cleaned up yet: the newer one is the id's.
            if (!newestPerId.TryGetValue(id, out var known) || summary.UpdatedTimestamp > known.UpdatedTimestamp)
            {
                newestPerId[id] = summary;
            }
        }

        return newestPerId.Values.OrderBy(summary => summary.Id, StringComparer.Ordinal).ToList();
    }

    public void Dispose()
    {
        _s3.Dispose();
        _bucketGate.Dispose();
    }

    /// <summary>Settled: no object (null) or exactly one, read. Unsettled: more than one, or it went away.</summary>
    private async Task<(bool Settled, byte[]? Json)> TryReadSingleAsync(string prefix, CancellationToken cancellationToken)
    {
        string key;
        try
        {
            var response = await _s3.ListObjectsV2Async(
                new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix, MaxKeys = ReadListLimit },
                cancellationToken).ConfigureAwait(false);
            switch (response.S3Objects?.Count ?? 0)
            {
                case 0:
                    return (true, null);
                case > 1:
                    return (false, null);
            }

            key = response.S3Objects![0].Key;
        }
        catch (AmazonS3Exception e) when (IsNotFound(e))
        {
            return (true, null); // no bucket yet
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            throw Failure("list", prefix, e);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await _s3.GetObjectAsync(_bucket, key, cancellationToken).ConfigureAwait(false);
                using var body = new MemoryStream(response.ContentLength is > 0 and <= int.MaxValue ? (int)response.ContentLength : 0);
                await response.ResponseStream.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
                return (true, body.ToArray());
            }
            catch (AmazonS3Exception e) when (IsNotFound(e))
            {
                return (false, null); // replaced or deleted between the listing and the GET
            }
            catch (Exception e) when (IsTornRead(e) && attempt < TornReadAttempts)
            {
                // S3 replaces objects atomically, but some S3-compatible stores (s3rver among them) answer a PUT before
                // the object is fully on disk and rewrite an object in place: the body then fails its MD5 check, ends
                // short of the length its (previous) metadata announce, or the SDK cannot parse the ETag as hex. Read
                // again once it has settled.
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsChecksumMismatch(e))
            {
                // A whole body that still fails its checksum once the object had time to settle: the stored bytes are
                // damaged (a PUT cut mid-body leaves such an object on those stores), and every later read would fail
                // the same way. A body cut short stays a store failure: a network can do that, and retrying cures it.
                throw new DamagedDocumentException($"object s3://{_bucket}/{key}", e);
            }
            catch (Exception e) when (IsStoreFailure(e))
            {
                throw Failure("get", key, e);
            }
        }
    }

    private const int TornReadAttempts = 5;

    private static bool IsTornRead(Exception e) =>
        IsChecksumMismatch(e)
        || e is ArgumentOutOfRangeException { ParamName: "hex" }
        || e is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded };

    private static bool IsChecksumMismatch(Exception e) =>
        e is AmazonClientException client && client.Message.Contains("hash", StringComparison.OrdinalIgnoreCase);

    private string GroupPrefix(string group) => CollapseSlashes($"{_rootFolder}/{group}/");

    // The trailing slash keeps id "abc" from matching "abcd/..." (Kayenta lists without it).
    private string IdPrefix(string group, string id) => GroupPrefix(group) + id + "/";

    private static string CollapseSlashes(string key)
    {
        while (key.Contains("//", StringComparison.Ordinal))
        {
            key = key.Replace("//", "/", StringComparison.Ordinal);
        }

        return key;
    }

    private async Task<List<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var s3Object in ListObjectsAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            keys.Add(s3Object.Key);
        }

        return keys;
    }

    /// <summary>Every object under the prefix, page by page; a missing bucket holds none.</summary>
    private async IAsyncEnumerable<S3Object> ListObjectsAsync(
        string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuationToken = null;
        while (true)
        {
            ListObjectsV2Response response;
            try
            {
                response = await _s3.ListObjectsV2Async(
                    new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix, ContinuationToken = continuationToken },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonS3Exception e) when (IsNotFound(e))
            {
                yield break;
            }
            catch (Exception e) when (IsStoreFailure(e))
            {
                throw Failure("list", prefix, e);
            }

            foreach (var s3Object in response.S3Objects ?? [])
            {
                yield return s3Object;
            }

            // A server that repeats its token would otherwise keep this loop going forever.
            if (response.IsTruncated != true
                || string.IsNullOrEmpty(response.NextContinuationToken)
                || response.NextContinuationToken == continuationToken)
            {
                yield break;
            }

            continuationToken = response.NextContinuationToken;
        }
    }

    private async Task DeleteKeyAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await _s3.DeleteObjectAsync(_bucket, key, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (IsNotFound(e))
        {
            // Already gone.
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            throw Failure("delete", key, e);
        }
    }

    /// <summary>Creates the bucket when it is missing; checked once per store, not per write (Kayenta HEADs every time).</summary>
    private async Task EnsureBucketAsync(CancellationToken cancellationToken)
    {
        if (_bucketKnownToExist)
        {
            return;
        }

        await _bucketGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_bucketKnownToExist && !await BucketExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                _logger.LogWarning("Bucket {Bucket} does not exist; creating it", _bucket);
                await CreateBucketAsync(cancellationToken).ConfigureAwait(false);
            }

            _bucketKnownToExist = true;
        }
        finally
        {
            _bucketGate.Release();
        }
    }

    private async Task<bool> BucketExistsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _s3.HeadBucketAsync(new HeadBucketRequest { BucketName = _bucket }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception e) when (IsNotFound(e))
        {
            return false;
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            throw Failure("head", "", e);
        }
    }

    private async Task CreateBucketAsync(CancellationToken cancellationToken)
    {
        var request = new PutBucketRequest { BucketName = _bucket };
        if (!_customEndpoint && !string.IsNullOrWhiteSpace(_region) && _region != "us-east-1")
        {
            request.BucketRegionName = _region;
        }

        try
        {
            await _s3.PutBucketAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            // Created meanwhile by someone else: fine if these credentials can reach it.
            if (!await BucketExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                throw Failure("create", "", e);
            }
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            throw Failure("create", "", e);
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(json.ToArray(), writable: false);

    private static DateTimeOffset Timestamp(DateTime? lastModified) =>
        lastModified is { } time
            ? new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime())
            : DateTimeOffset.UnixEpoch;

    private static bool IsNotFound(AmazonS3Exception e) => e.StatusCode == HttpStatusCode.NotFound;

    private static bool IsStoreFailure(Exception e) =>
        e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException;

    // Built from the bucket, key and S3's own error text; credentials never reach an S3 error message.
    private ObjectStoreException Failure(string operation, string key, Exception e)
    {
        var status = e is AmazonServiceException service ? $"{(int)service.StatusCode} {service.ErrorCode}: " : "";
        return new ObjectStoreException($"S3 {operation} of s3://{_bucket}/{key} failed: {status}{e.Message}", e);
    }
}
