using Amazon.S3;
using Amazon.S3.Model;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>The contract against a real S3-compatible server; every test gets a bucket that does not exist yet.</summary>
[Collection(S3rverCollection.Name)]
public sealed class S3ObjectStoreContractTests : ObjectStoreContractTests, IDisposable
{
    private readonly S3ObjectStore _store;
    private readonly AmazonS3Client _s3;
    private readonly string _bucket = S3rverFixture.NewBucketName();

    public S3ObjectStoreContractTests(S3rverFixture s3rver)
    {
        var options = s3rver.Options(_bucket);
        _store = new S3ObjectStore(options);
        _s3 = S3ClientFactory.Create(options);
    }

    protected override IObjectStore Store => _store;

    protected override async Task<IReadOnlyList<string>?> StoredPathsAsync() =>
        (await S3Keys.AllAsync(_s3, _bucket)).Select(key => key.StartsWith("kayenta/", StringComparison.Ordinal) ? key["kayenta/".Length..] : key).ToList();

    public void Dispose()
    {
        _store.Dispose();
        _s3.Dispose();
    }
}
