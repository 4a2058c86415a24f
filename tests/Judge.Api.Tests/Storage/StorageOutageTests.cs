using System.Net;
using Amazon.Runtime;
using Judge.Api.Engine;
using Judge.Api.Storage;
using Judge.Api.Tests.Execution;
using Judge.Api.Tests.Logging;
using Judge.Api.Tests.StandaloneAnalyses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// A storage outage in the middle of an execution (the network to a real s3rver cut, then restored): the execution is
/// put off with backoff, never ended terminal for it, and completes once storage is back — without a restart of the
/// host. Only a permanent storage failure would end it, with the reason.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly S3rverFixture s3 = new();
    private readonly string bucket = S3rverFixture.NewBucketName();
    private OutageProxy? network;

    private OutageProxy Network => network ?? throw new InvalidOperationException("not initialized");

    public async Task InitializeAsync()
    {
        await s3.InitializeAsync();
        network = new OutageProxy(new Uri(s3.ServiceUrl).Port);
    }

    public async Task DisposeAsync()
    {
        if (network is not null)
            await network.DisposeAsync();
        await s3.DisposeAsync();
    }

    private Dictionary<string, string> StoreAccount() => new()
    {
        ["Type"] = "s3",
        ["Bucket"] = bucket,
        ["ServiceUrl"] = Network.Url,
        ["Region"] = "us-east-1",
        ["AccessKeyId"] = S3rverFixture.AccessKeyId,
        ["SecretAccessKey"] = S3rverFixture.SecretAccessKey,
    };

    [Fact]
    public async Task An_execution_whose_storage_fails_mid_way_completes_once_storage_is_back()
    {
        var clock = new FakeTimeProvider(T0);
        var source = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        var logs = new CapturedLogs();
        await using var host = new StandaloneAnalysisHost(storePath: "", clock, source, storeAccount: StoreAccount(),
            testServices: services => services.AddSingleton<ILoggerProvider>(logs));
        var client = new CanaryClient(host.CreateClient());
        var id = await client.StartOkAsync(await client.CreateConfigAsync());
        // The outage comes once every write so far is stored (the controls fetched and ended, both experiment fetches
        // begun and held), so nothing is being written when it starts: s3rver writes an object as its body arrives, and
        // a PUT cut mid-body left a torn execution document that failed its checksum on every read after — an outage
        // of real S3 never keeps a torn object.
        await client.WaitForAsync(id, status => source.Held.Count == 2
            && CanaryClient.StageStatus(status, "fetchControl0") == "succeeded" && CanaryClient.StageStatus(status, "fetchControl1") == "succeeded"
            && CanaryClient.StageStatus(status, "fetchExperiment0") == "running" && CanaryClient.StageStatus(status, "fetchExperiment1") == "running",
            "stored with both experiment fetches in flight");

        await Network.CutAsync();
        source.Release();
        // The fetched series cannot be stored: the job is put off (a retry trigger), the execution is not failed.
        var scheduler = await host.Services.GetRequiredService<EngineScheduling>().SchedulerAsync(CancellationToken.None);
        async Task<int> RetryAttemptAsync() => (await scheduler.GetTriggersOfJob(JobNames.Execution(id), CancellationToken.None))
            .Select(t => JobNames.Attempt(t.JobDataMap)).DefaultIfEmpty(0).Max();
        await UntilAsync(async () => await RetryAttemptAsync() > 0, "a retry is scheduled");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync($"/canary/{id}")).StatusCode);
        // Retries while storage stays down keep failing and keep being put off, up to the longest backoff; none ends the execution.
        await UntilAsync(async () =>
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            return await RetryAttemptAsync() >= 7;
        }, "the seventh retry is scheduled");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync($"/canary/{id}")).StatusCode);

        Network.Restore();
        var done = await DriveUntilCompleteAsync(client, clock, id, logs);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal(100.0, done["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>());
        Assert.Null(done["exception"]);
    }

    [Fact]
    public void Unreachable_or_failing_storage_is_transient_and_a_refusal_is_permanent()
    {
        static ObjectStoreException Failed(Exception cause) => new("S3 put of s3://b/k failed", cause);

        Assert.True(TransientFailure.IsTransient(Failed(new HttpRequestException("Connection refused"))));
        Assert.True(TransientFailure.IsTransient(Failed(new AmazonServiceException("slow down") { StatusCode = HttpStatusCode.ServiceUnavailable })));
        Assert.True(TransientFailure.IsTransient(Failed(new IOException("disk full"))));
        Assert.False(TransientFailure.IsTransient(Failed(new AmazonServiceException("denied") { StatusCode = HttpStatusCode.Forbidden })));
        Assert.False(TransientFailure.IsTransient(Failed(new UnauthorizedAccessException("read-only volume"))));
        Assert.False(TransientFailure.IsTransient(new InvalidOperationException("a bug")));
    }

    /// <summary>Moves fake time (the backoff) while polling the real clock for the execution to complete.</summary>
    private static async Task<System.Text.Json.Nodes.JsonObject> DriveUntilCompleteAsync(CanaryClient client, FakeTimeProvider clock, string id, CapturedLogs logs)
    {
        var last = "";
        for (var poll = 0; poll < 600; poll++)
        {
            var response = await client.Http.GetAsync($"/canary/{id}");
            var body = await response.Content.ReadAsStringAsync();
            last = $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}";
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var status = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
                if (status["complete"]!.GetValue<bool>())
                    return status;
            }
            clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(100);
        }
        var judgeLines = logs.Lines.Where(l => l.Category.StartsWith("Judge", StringComparison.Ordinal) || l.Level >= LogLevel.Warning)
            .TakeLast(40).Select(l => $"{l.Level} {l.Category}: {l.Message}");
        throw new TimeoutException($"execution {id} did not complete after storage came back; last GET: {last}; last logs:\n{string.Join('\n', judgeLines)}");
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var poll = 0; poll < 600; poll++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"timed out waiting until {what}");
    }
}
