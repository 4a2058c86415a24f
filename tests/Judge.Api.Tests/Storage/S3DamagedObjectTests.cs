using System.Text;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// An object whose stored body no longer matches the checksum S3 holds for it (s3rver tears one when a PUT is cut
/// mid-body): every read fails the same way, so it is named damaged rather than retried as a passing outage.
/// </summary>
[Collection(S3rverCollection.Name)]
public sealed class S3DamagedObjectTests(S3rverFixture s3rver) : IDisposable
{
    private readonly string _bucket = S3rverFixture.NewBucketName();
    private S3ObjectStore? _store;

    private S3ObjectStore Store => _store ??= new S3ObjectStore(s3rver.Options(_bucket));

    [Fact]
    public async Task An_object_failing_its_checksum_on_every_read_is_named_damaged_and_the_others_still_read()
    {
        await Store.WriteAsync(ObjectType.CanaryConfig, "torn", Encoding.UTF8.GetBytes("""{"name":"torn config"}"""), null, CancellationToken.None);
        await Store.WriteAsync(ObjectType.CanaryConfig, "whole", Encoding.UTF8.GetBytes("""{"name":"whole config"}"""), null, CancellationToken.None);
        TearBody(s3rver, _bucket, "torn");

        var error = await Assert.ThrowsAsync<DamagedDocumentException>(() => Store.ReadAsync(ObjectType.CanaryConfig, "torn", CancellationToken.None));
        Assert.Contains("canary_config/torn/", error.Description);
        Assert.Contains("is damaged", error.Message);

        Assert.Equal("""{"name":"whole config"}""", Encoding.UTF8.GetString((await Store.ReadAsync(ObjectType.CanaryConfig, "whole", CancellationToken.None))!));
    }

    /// <summary>The object's body file in s3rver changed in one byte: its metadata (and the ETag's MD5) stay the old ones.</summary>
    internal static void TearBody(S3rverFixture s3rver, string bucket, string id)
    {
        var bucketFolder = Path.Combine(s3rver.DataFolder, bucket);
        var body = Directory.EnumerateFiles(bucketFolder, "*", SearchOption.AllDirectories)
            .Single(f => f.Contains($"/{id}/", StringComparison.Ordinal) && f.EndsWith("._S3rver_object", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(body);
        bytes[^2] ^= 0x20;
        File.WriteAllBytes(body, bytes);
    }

    public void Dispose() => _store?.Dispose();
}
