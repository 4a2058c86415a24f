namespace Judge.Api.Storage;

/// <summary>
/// Mutual exclusion per key within this process, over a fixed set of stripes so memory stays bounded:
/// two keys may share a stripe (and wait for each other), one key always maps to the same stripe.
/// </summary>
internal sealed class KeyedAsyncLock
{
    private readonly SemaphoreSlim[] _stripes;

    public KeyedAsyncLock(int stripes = 64)
    {
        _stripes = new SemaphoreSlim[stripes];
        for (var i = 0; i < stripes; i++)
        {
            _stripes[i] = new SemaphoreSlim(1, 1);
        }
    }

    public async Task<Releaser> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    public readonly struct Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
