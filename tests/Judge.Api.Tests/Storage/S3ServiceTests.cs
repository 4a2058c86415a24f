using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Storage;
using Judge.Api.Tests.StandaloneAnalyses;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// The running service with its storage account "store" on S3 (s3rver on loopback): executions, lifetime analyses,
/// a resumption by a second host and readiness go through the S3 store, and the documents land in the bucket.
/// </summary>
[Collection(S3rverCollection.Name)]
public sealed class S3ServiceTests(S3rverFixture s3) : IDisposable
{
    // The engine's job store the hosts of one test share, as replicas share theirs (the documents are in the bucket).
    private readonly Execution.TempDirectory engine = new();

    public void Dispose() => engine.Dispose();

    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    // Found by these tests and fixed: s3rver rewrites an object in place, so a GET racing a PUT of the same key can
    // end short of the length the old metadata announce (or fail its MD5 check, or carry a non-hex ETag). The store
    // now retries such torn reads, and a lifetime runner retries a failed read of its judgement's execution at the next
    // poll instead of ending (which left the analysis RUNNING with nobody driving it).
    private readonly string bucket = S3rverFixture.NewBucketName();

    private static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    private Dictionary<string, string> StoreAccount() => new()
    {
        ["Type"] = "s3",
        ["Bucket"] = bucket,
        ["ServiceUrl"] = s3.ServiceUrl,
        ["Region"] = "us-east-1",
        ["AccessKeyId"] = S3rverFixture.AccessKeyId,
        ["SecretAccessKey"] = S3rverFixture.SecretAccessKey,
    };

    private (StandaloneAnalysisHost Host, AnalysisClient Client) Start(WindowMetricSource source, FakeTimeProvider clock)
    {
        // The store account is the S3 one: the path holds only the engine's job store.
        var host = new StandaloneAnalysisHost(storePath: engine.Path, clock, source, storeAccount: StoreAccount());
        return (host, new AnalysisClient(host.CreateClient(), clock));
    }

    private async Task<int> CountInBucketAsync(ObjectType type)
    {
        using var store = new S3ObjectStore(s3.Options(bucket));
        return (await store.ListAsync(type, None)).Count;
    }

    [Fact]
    public async Task A_judgement_runs_as_a_canary_execution_stored_in_the_bucket_and_read_back()
    {
        var clock = new FakeTimeProvider(T0);
        var (host, client) = Start(new WindowMetricSource(), clock);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(), AnalysisClient.Request(lifetime: 10, interval: null));

        client.AdvanceTo(At(10));
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        var executionId = AnalysisClient.Results(done)[0]!["executionId"]!.GetValue<string>();
        var execution = await client.GetCanaryAsync(executionId);
        Assert.Equal("succeeded", execution["status"]!.GetValue<string>());
        Assert.Equal("store", execution["storageAccountName"]!.GetValue<string>());
        Assert.Equal(100.0, execution["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>());
        Assert.Equal(1, await CountInBucketAsync(ObjectType.CanaryConfig));
        Assert.Equal(1, await CountInBucketAsync(ObjectType.CanaryResultArchive));
        Assert.Equal(1, await CountInBucketAsync(ObjectType.StandaloneCanaryResultArchive));
    }

    [Fact]
    public async Task A_lifetime_analysis_runs_every_judgement_with_its_state_in_the_bucket()
    {
        var clock = new FakeTimeProvider(T0);
        var source = new WindowMetricSource();
        var (host, client) = Start(source, clock);
        using var _ = host;
        var id = await client.StartAsync(await client.CreateConfigAsync(), AnalysisClient.Request(lifetime: 30, interval: 10));

        for (var n = 1; n <= 2; n++)
        {
            client.AdvanceTo(At(10 * n));
            await client.DriveUntilJudgedAsync(id, n);
        }
        client.AdvanceTo(At(30));
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal([100.0, 100.0, 100.0], AnalysisClient.Scores(done));
        Assert.Equal([(At(0), At(10)), (At(0), At(20)), (At(0), At(30))], source.Windows("canary"));
        Assert.Equal(3, await CountInBucketAsync(ObjectType.CanaryResultArchive));
    }

    [Fact]
    public async Task A_second_host_on_the_same_bucket_resumes_the_analysis_without_redoing_judgements()
    {
        var clock = new FakeTimeProvider(T0);
        var first = new WindowMetricSource();
        string id, firstExecution;
        var (hostA, clientA) = Start(first, clock);
        using (hostA)
        {
            id = await clientA.StartAsync(await clientA.CreateConfigAsync(), AnalysisClient.Request(lifetime: 30, interval: 10));
            clientA.AdvanceTo(At(10));
            var status = await clientA.DriveUntilJudgedAsync(id, 1);
            firstExecution = AnalysisClient.Results(status)[0]!["executionId"]!.GetValue<string>();
        }

        var second = new WindowMetricSource();
        clock.Advance(TimeSpan.FromMinutes(15));
        var (hostB, clientB) = Start(second, clock);
        using (hostB)
        {
            await clientB.DriveUntilJudgedAsync(id, 2);
            clientB.AdvanceTo(At(30));
            var done = await clientB.DriveUntilCompleteAsync(id);

            Assert.Equal("succeeded", done["status"]!.GetValue<string>());
            Assert.Equal([100.0, 100.0, 100.0], AnalysisClient.Scores(done));
            Assert.Equal(firstExecution, AnalysisClient.Results(done)[0]!["executionId"]!.GetValue<string>());
        }
        Assert.Equal([(At(0), At(10))], first.Windows("canary"));
        Assert.Equal([(At(0), At(20)), (At(0), At(30))], second.Windows("canary"));
        Assert.Equal(3, await CountInBucketAsync(ObjectType.CanaryResultArchive));
    }

    [Fact]
    public async Task A_config_whose_object_fails_its_checksum_is_named_damaged_and_the_others_still_serve()
    {
        var clock = new FakeTimeProvider(T0);
        var (host, client) = Start(new WindowMetricSource(), clock);
        using var _ = host;
        var torn = await client.CreateConfigAsync();
        var other = AnalysisClient.Config();
        other["name"] = "checkout-whole";
        var whole = await client.CreateConfigAsync(other);
        S3DamagedObjectTests.TearBody(s3, bucket, torn);
        var http = host.CreateClient();

        var damaged = await http.GetAsync($"/canaryConfig/{torn}?configurationAccountName=store");
        Assert.Equal(HttpStatusCode.InternalServerError, damaged.StatusCode);
        var problem = JsonNode.Parse(await damaged.Content.ReadAsStringAsync())!;
        Assert.Equal("Damaged stored document", problem["title"]!.GetValue<string>());
        Assert.Contains($"canary_config/{torn}/", problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain(S3rverFixture.SecretAccessKey, problem.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/canaryConfig/{whole}?configurationAccountName=store")).StatusCode);
        var listed = JsonNode.Parse(await http.GetStringAsync("/canaryConfig?configurationAccountName=store"))!.AsArray();
        Assert.Equal([whole], listed.Select(c => c!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Readiness_reads_the_bucket_and_reports_the_account_up()
    {
        var (host, client) = Start(new WindowMetricSource(), new FakeTimeProvider(T0));
        using var _ = host;
        await client.CreateConfigAsync();

        var http = host.CreateClient();
        var ready = await http.GetAsync("/readyz");
        var body = await ready.Content.ReadFromJsonAsync<JsonObject>();

        Assert.True(ready.StatusCode == HttpStatusCode.OK, body?.ToJsonString());
        Assert.Equal("UP", body!["status"]!.GetValue<string>());
        Assert.Equal("UP", body["components"]!["storage"]!["details"]!["store"]!.GetValue<string>());
    }
}
