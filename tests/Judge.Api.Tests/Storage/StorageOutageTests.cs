using System.Net;
using Amazon.Runtime;
using Judge.Api.Engine;
using Judge.Api.Storage;
using Judge.Api.Tests.Execution;
using Judge.Api.Tests.StandaloneAnalyses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// A storage outage in the middle of an execution (a real s3rver killed, then started again on the same port and
/// data): the execution is put off with backoff, never ended terminal for it, and completes once storage is back —
/// without a restart of the host. Only a permanent storage failure would end it, with the reason.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly S3rverFixture s3 = new();
    private readonly string bucket = S3rverFixture.NewBucketName();

    public Task InitializeAsync() => s3.InitializeAsync();

    public Task DisposeAsync() => s3.DisposeAsync();

    private Dictionary<string, string> StoreAccount() => new()
    {
        ["Type"] = "s3",
        ["Bucket"] = bucket,
        ["ServiceUrl"] = s3.ServiceUrl,
        ["Region"] = "us-east-1",
        ["AccessKeyId"] = S3rverFixture.AccessKeyId,
        ["SecretAccessKey"] = S3rverFixture.SecretAccessKey,
    };

    [Fact]
    public async Task An_execution_whose_storage_fails_mid_way_completes_once_storage_is_back()
    {
        var clock = new FakeTimeProvider(T0);
        var source = new FakeMetricSource { Holds = q => q.Scope.Scope == "canary" };
        await using var host = new StandaloneAnalysisHost(storePath: "", clock, source, storeAccount: StoreAccount());
        var client = new CanaryClient(host.CreateClient());
        var id = await client.StartOkAsync(await client.CreateConfigAsync());
        await client.WaitForAsync(id, _ => source.Held.Count == 2, "both experiment fetches in flight");

        await s3.StopAsync();
        source.Release();
        // The fetched series cannot be stored: the job is put off (a retry trigger), the execution is not failed.
        var scheduler = await host.Services.GetRequiredService<EngineScheduling>().SchedulerAsync(CancellationToken.None);
        await UntilAsync(async () => (await scheduler.GetTriggersOfJob(JobNames.Execution(id), CancellationToken.None))
            .Any(t => t.JobDataMap.ContainsKey(JobNames.AttemptKey)), "a retry is scheduled");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync($"/canary/{id}")).StatusCode);
        // Retries while storage stays down keep failing and keep being put off; none ends the execution.
        for (var minute = 0; minute < 3; minute++)
            clock.Advance(TimeSpan.FromMinutes(1));

        await s3.RestartAsync();
        var done = await DriveUntilCompleteAsync(client, clock, id);

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
    private static async Task<System.Text.Json.Nodes.JsonObject> DriveUntilCompleteAsync(CanaryClient client, FakeTimeProvider clock, string id)
    {
        for (var poll = 0; poll < 600; poll++)
        {
            var response = await client.Http.GetAsync($"/canary/{id}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var status = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
                if (status["complete"]!.GetValue<bool>())
                    return status;
            }
            clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(100);
        }
        throw new TimeoutException($"execution {id} did not complete after storage came back");
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
