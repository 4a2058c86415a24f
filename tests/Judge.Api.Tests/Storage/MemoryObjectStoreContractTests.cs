using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

public sealed class MemoryObjectStoreContractTests : ObjectStoreContractTests
{
    protected override IObjectStore Store { get; } = new MemoryObjectStore();

    protected override Task<IReadOnlyList<string>?> StoredPathsAsync() => Task.FromResult<IReadOnlyList<string>?>(null);
}
