using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>Bad options fail naming the field; S3 failures surface as errors that never carry the secret key.</summary>
[Collection(S3rverCollection.Name)]
public sealed class S3ObjectStoreErrorTests(S3rverFixture s3rver)
{
    private const string Secret = "wrong-secret-7Hq2vX9pLk";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Rejected_credentials_are_an_error_without_the_secret()
    {
        // s3rver does not check SigV4 signatures, but it does reject access key ids it does not know (403).
        var options = s3rver.Options(S3rverFixture.NewBucketName()) with { AccessKeyId = "UNKNOWNKEYID", SecretAccessKey = Secret };
        using var store = new S3ObjectStore(options);

        var write = await Assert.ThrowsAsync<ObjectStoreException>(() =>
            store.WriteAsync(ObjectType.CanaryConfig, "cfg", "{}"u8.ToArray(), null, None));
        var read = await Assert.ThrowsAsync<ObjectStoreException>(() => store.ReadAsync(ObjectType.CanaryConfig, "cfg", None));
        var list = await Assert.ThrowsAsync<ObjectStoreException>(() => store.ListAsync(ObjectType.CanaryConfig, None));

        Assert.All(new[] { write, read, list }, e =>
        {
            Assert.Contains("403", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_an_error_naming_the_object()
    {
        var closedPort = s3rver.Options("judge-nowhere") with { ServiceUrl = "http://127.0.0.1:9" };
        using var store = new S3ObjectStore(closedPort);

        var e = await Assert.ThrowsAsync<ObjectStoreException>(() => store.ReadAsync(ObjectType.CanaryConfig, "cfg", None));

        Assert.Contains("s3://judge-nowhere/kayenta/canary_config/cfg/", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_print_without_the_secret()
    {
        var options = s3rver.Options("bucket") with { SecretAccessKey = Secret };

        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("bucket", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, null, null, "Bucket")]
    [InlineData("b", "key-id", null, null, "SecretAccessKey")]
    [InlineData("b", null, "secret", null, "AccessKeyId")]
    [InlineData("b", null, null, "not a url", "ServiceUrl")]
    [InlineData("b", null, null, "ftp://host", "ServiceUrl")]
    public void Incomplete_options_are_rejected_naming_the_field(
        string bucket, string? accessKeyId, string? secretAccessKey, string? serviceUrl, string field)
    {
        var options = new S3StoreOptions
        {
            Bucket = bucket,
            AccessKeyId = accessKeyId,
            SecretAccessKey = secretAccessKey,
            ServiceUrl = serviceUrl,
        };

        var e = Assert.Throws<ArgumentException>(() => new S3ObjectStore(options));

        Assert.Contains(field, e.Message, StringComparison.Ordinal);
        if (secretAccessKey is not null)
        {
            Assert.DoesNotContain(secretAccessKey, e.Message, StringComparison.Ordinal);
        }
    }
}
