using System.Collections.Concurrent;
using System.Text;
using Judge.Api.Storage;
using Judge.Api.Tests.Storage;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// A memory store whose first read of each finished canary execution fails as a store outage would (S3 answering a
/// GET with a body cut short while the object is rewritten, say). Only the lifetime runner reads an execution once it
/// is complete, so the failure lands in its poll.
/// </summary>
public sealed class FinishedExecutionReadFailsOnce(TimeProvider clock) : MemoryStoreDecorator(clock)
{
    private readonly ConcurrentDictionary<string, bool> failed = new(StringComparer.Ordinal);

    public int Failures => failed.Count;

    public override async Task<byte[]?> ReadAsync(ObjectType type, string id, CancellationToken cancellationToken)
    {
        var json = await base.ReadAsync(type, id, cancellationToken);
        if (type == ObjectType.CanaryResultArchive && json is not null
            && Encoding.UTF8.GetString(json).Contains("\"complete\":true", StringComparison.Ordinal)
            && failed.TryAdd(id, true))
            throw new ObjectStoreException($"read of execution {id} failed", new IOException("the response ended prematurely"));
        return json;
    }
}
