using Judge.Api.Storage;
using Judge.Api.Tests.Storage;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// A memory store whose writes of execution documents each wait until the test releases them, to look at what a
/// writer does while a write is in flight; other objects are written at once.
/// </summary>
public sealed class HeldObjectStore : MemoryStoreDecorator
{
    private readonly SemaphoreSlim started = new(0);
    private readonly SemaphoreSlim released = new(0);
    private int writes;

    /// <summary>Execution document writes begun so far.</summary>
    public int Writes => Volatile.Read(ref writes);

    /// <summary>Waits until one more execution document write has begun (and is held).</summary>
    public async Task WriteBegunAsync()
    {
        if (!await started.WaitAsync(TimeSpan.FromSeconds(10)))
            throw new TimeoutException("no write of an execution document began");
    }

    /// <summary>Lets one held write complete.</summary>
    public void ReleaseOne() => released.Release();

    public override async Task WriteAsync(ObjectType type, string id, ReadOnlyMemory<byte> json, string? fileName, CancellationToken cancellationToken)
    {
        if (type == ObjectType.CanaryResultArchive)
        {
            Interlocked.Increment(ref writes);
            started.Release();
            await released.WaitAsync(cancellationToken);
        }
        await base.WriteAsync(type, id, json, fileName, cancellationToken);
    }
}
