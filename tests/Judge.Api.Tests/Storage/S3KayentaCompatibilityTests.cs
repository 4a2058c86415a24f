using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Judge.Api.Storage;

namespace Judge.Api.Tests.Storage;

/// <summary>A bucket Kayenta wrote can be read, and what Judge writes sits where Kayenta looks.</summary>
[Collection(S3rverCollection.Name)]
public sealed class S3KayentaCompatibilityTests(S3rverFixture s3rver) : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly List<IDisposable> _disposables = [];

    [Fact]
    public async Task A_config_put_where_Kayenta_puts_it_is_read_and_listed()
    {
        var (store, s3, bucket) = Create();
        await s3.PutBucketAsync(bucket);
        var json = Encoding.UTF8.GetBytes("""{"name":"latency checks","applications":["shop"]}""");
        await PutAsync(s3, bucket, "kayenta/canary_config/7f3c2a/latency checks.json", json);

        Assert.Equal(json, await store.ReadAsync(ObjectType.CanaryConfig, "7f3c2a", None));
        var summary = Assert.Single(await store.ListAsync(ObjectType.CanaryConfig, None));
        Assert.Equal(("7f3c2a", "latency checks.json"), (summary.Id, summary.FileName));
    }

    [Fact]
    public async Task A_write_lands_at_the_Kayenta_key_with_the_exact_bytes()
    {
        var (store, s3, bucket) = Create();
        var json = Encoding.UTF8.GetBytes("""{"metricSetPairs":[1,2,3]}""");

        await store.WriteAsync(ObjectType.MetricSetPairList, "exec-42", json, null, None);

        Assert.Equal(["kayenta/metric_pairs/exec-42/metric_set_pairs.json"], await S3Keys.AllAsync(s3, bucket));
        // Read with the plain client: no aws-chunked framing may have ended up in the stored body.
        using var stored = await s3.GetObjectAsync(bucket, "kayenta/metric_pairs/exec-42/metric_set_pairs.json");
        using var body = new MemoryStream();
        await stored.ResponseStream.CopyToAsync(body);
        Assert.Equal(json, body.ToArray());
    }

    [Theory]
    [InlineData("judge/prod/", "judge/prod/canary_config/cfg/canary_config.json")]
    [InlineData("kayenta//", "kayenta/canary_config/cfg/canary_config.json")]
    public async Task The_root_folder_prefixes_keys_with_double_slashes_collapsed(string rootFolder, string expectedKey)
    {
        var (store, s3, bucket) = Create(rootFolder);

        await store.WriteAsync(ObjectType.CanaryConfig, "cfg", Encoding.UTF8.GetBytes("{}"), null, None);

        Assert.Equal([expectedKey], await S3Keys.AllAsync(s3, bucket));
        Assert.Equal("{}"u8.ToArray(), await store.ReadAsync(ObjectType.CanaryConfig, "cfg", None));
    }

    [Fact]
    public async Task Two_objects_under_one_id_read_as_missing_until_a_write_leaves_one()
    {
        var (store, s3, bucket) = Create();
        await s3.PutBucketAsync(bucket);
        await PutAsync(s3, bucket, "kayenta/canary_config/cfg/old.json", "{\"v\":1}"u8.ToArray());
        await PutAsync(s3, bucket, "kayenta/canary_config/cfg/new.json", "{\"v\":2}"u8.ToArray());

        Assert.Null(await store.ReadAsync(ObjectType.CanaryConfig, "cfg", None));
        Assert.Equal("cfg", Assert.Single(await store.ListAsync(ObjectType.CanaryConfig, None)).Id);

        await store.WriteAsync(ObjectType.CanaryConfig, "cfg", "{\"v\":3}"u8.ToArray(), "newest.json", None);

        Assert.Equal(["kayenta/canary_config/cfg/newest.json"], await S3Keys.AllAsync(s3, bucket));
        Assert.Equal("{\"v\":3}"u8.ToArray(), await store.ReadAsync(ObjectType.CanaryConfig, "cfg", None));
    }

    [Fact]
    public async Task Keys_outside_id_folders_are_not_listed()
    {
        var (store, s3, bucket) = Create();
        await s3.PutBucketAsync(bucket);
        await PutAsync(s3, bucket, "kayenta/canary_config/stray.json", "{}"u8.ToArray());
        await PutAsync(s3, bucket, "kayenta/canary_config/a/nested/deeper.json", "{}"u8.ToArray());
        await PutAsync(s3, bucket, "kayenta/canary_configs/b/other-group.json", "{}"u8.ToArray());
        await PutAsync(s3, bucket, "kayenta/canary_config/good/good.json", "{}"u8.ToArray());

        var listed = await store.ListAsync(ObjectType.CanaryConfig, None);

        var summary = Assert.Single(listed);
        Assert.Equal(("good", "good.json"), (summary.Id, summary.FileName));
    }

    [Fact]
    public async Task Listing_pages_through_more_than_one_thousand_objects()
    {
        var (store, s3, bucket) = Create();
        await s3.PutBucketAsync(bucket);
        const int count = 1_050; // past the 1000-key page S3 servers return
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await PutAsync(s3, bucket, $"kayenta/metrics/run-{i:D4}/metric_sets.json", "[]"u8.ToArray());
            }
            finally
            {
                gate.Release();
            }
        }));

        var listed = await store.ListAsync(ObjectType.MetricSetList, None);

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"run-{i:D4}"), listed.Select(summary => summary.Id));
    }

    public void Dispose() => _disposables.ForEach(disposable => disposable.Dispose());

    private (S3ObjectStore Store, AmazonS3Client S3, string Bucket) Create(string rootFolder = "kayenta")
    {
        var options = s3rver.Options(S3rverFixture.NewBucketName(), rootFolder);
        var store = new S3ObjectStore(options);
        var s3 = S3ClientFactory.Create(options);
        _disposables.Add(store);
        _disposables.Add(s3);
        return (store, s3, options.Bucket);
    }

    private static Task PutAsync(IAmazonS3 s3, string bucket, string key, byte[] body) =>
        s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = new MemoryStream(body),
            UseChunkEncoding = false,
        });
}
