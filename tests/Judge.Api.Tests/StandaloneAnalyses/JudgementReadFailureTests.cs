using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// A store failure while the runner polls a judgement's execution is retried at the next poll: before, it ended the
/// runner's task, and the analysis stayed RUNNING with nobody driving it until the host restarted (found on s3rver).
/// </summary>
public sealed class JudgementReadFailureTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_failed_read_of_a_finished_judgement_is_retried_and_the_analysis_completes()
    {
        var clock = new FakeTimeProvider(T0);
        var store = new FinishedExecutionReadFailsOnce(clock);
        await using var host = StandaloneAnalysisHost.WithStore(clock, new WindowMetricSource(), store);
        var client = new AnalysisClient(host.CreateClient(), clock);
        var id = await client.StartAsync(await client.CreateConfigAsync(), AnalysisClient.Request(lifetime: 20, interval: 10));

        client.AdvanceTo(T0.AddMinutes(10));
        await client.DriveUntilJudgedAsync(id, 1);
        client.AdvanceTo(T0.AddMinutes(20));
        var done = await client.DriveUntilCompleteAsync(id);

        Assert.Equal("succeeded", done["status"]!.GetValue<string>());
        Assert.Equal([100.0, 100.0], AnalysisClient.Scores(done));
        Assert.Equal(2, store.Failures);
    }
}
