using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

public sealed class FilesystemObjectStoreContractTests : ObjectStoreContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public FilesystemObjectStoreContractTests() => Store = new FilesystemObjectStore(new FilesystemStoreOptions { Path = _folder.Path });

    protected override IObjectStore Store { get; }

    protected override Task<IReadOnlyList<string>?> StoredPathsAsync() => Task.FromResult<IReadOnlyList<string>?>(_folder.Files());

    public void Dispose() => _folder.Dispose();
}
