using Judge.Api.StandaloneAnalyses;
using Judge.MetricSources;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>Kayenta's window arithmetic (SetupAndExecuteCanariesStage) with Judge's "never before the window ends".</summary>
public sealed class StandaloneAnalysisPlanTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static StandaloneAnalysisRequest Request(
        long? lifetime = 60, long? interval = null, long beginAfter = 0, long lookback = 0, string? start = null, string? end = null) => new()
    {
        Scopes = [new StandaloneAnalysisScope { ControlScope = "b", ExperimentScope = "c", StartTimeIso = start, EndTimeIso = end }],
        Thresholds = new Model.ScoreThresholdsConfig { Pass = 95, Marginal = 75 },
        LifetimeDurationMins = lifetime,
        AnalysisIntervalMins = interval,
        BeginAfterMins = beginAfter,
        LookbackMins = lookback,
    };

    [Theory]
    [InlineData(60L, null, 1)]
    [InlineData(60L, 0L, 1)]
    [InlineData(60L, 90L, 1)]
    [InlineData(60L, 15L, 4)]
    [InlineData(60L, 25L, 2)]
    public void Judgements_are_lifetime_over_interval_rounded_down(long lifetime, long? interval, int count) =>
        Assert.Equal(count, StandaloneAnalysisPlan.For(Request(lifetime, interval), Now).Judgements.Count);

    [Fact]
    public void An_end_time_gives_the_lifetime_in_whole_minutes_and_no_waits()
    {
        var plan = StandaloneAnalysisPlan.For(Request(lifetime: 999, interval: 10, start: "2024-03-01T10:00:00Z", end: "2024-03-01T10:25:59Z"), Now);

        Assert.Equal(TimeSpan.FromMinutes(25), plan.Lifetime);
        Assert.Equal(2, plan.Judgements.Count);
        Assert.All(plan.Judgements, j => Assert.Equal(Now, j.DueAt));
        Assert.Equal(Now.AddHours(-2).AddMinutes(20), plan.Judgements[1].WindowEnd);
    }

    [Fact]
    public void Warmup_shifts_windows_and_due_times_only_without_an_end_time()
    {
        var plan = StandaloneAnalysisPlan.For(Request(lifetime: 20, interval: 10, beginAfter: 5), Now);

        Assert.Equal([Now.AddMinutes(15), Now.AddMinutes(25)], plan.Judgements.Select(j => j.DueAt));
        Assert.Equal([Now.AddMinutes(5), Now.AddMinutes(5)], plan.Judgements.Select(j => j.WindowStart));
        Assert.Equal([Now.AddMinutes(15), Now.AddMinutes(25)], plan.Judgements.Select(j => j.WindowEnd));
        Assert.Equal(Now.AddMinutes(5), plan.WarmupEndsAt);
    }

    [Fact]
    public void Lookback_slides_the_window()
    {
        var plan = StandaloneAnalysisPlan.For(Request(lifetime: 30, interval: 10, lookback: 15), Now);

        Assert.Equal([Now.AddMinutes(-5), Now.AddMinutes(5), Now.AddMinutes(15)], plan.Judgements.Select(j => j.WindowStart));
    }

    [Fact]
    public void A_start_in_the_future_is_not_judged_before_its_window_ends()
    {
        var plan = StandaloneAnalysisPlan.For(Request(lifetime: 10, start: "2024-03-01T13:00:00Z"), Now);

        Assert.Equal(Now.AddHours(1).AddMinutes(10), plan.Judgements[0].DueAt);
    }

    [Fact]
    public void The_control_offset_moves_the_control_window_back()
    {
        // Kayenta's test: start 2018-12-17T20:56:39.689Z, offset 5 → control start 2018-12-17T20:51:39.689Z.
        var judgement = new AnalysisJudgement
        {
            Number = 1,
            WindowStartMillis = DateTimeOffset.Parse("2018-12-17T20:56:39.689Z").ToUnixTimeMilliseconds(),
            WindowEndMillis = DateTimeOffset.Parse("2018-12-17T21:56:39.689Z").ToUnixTimeMilliseconds(),
        };
        var (start, end) = JudgementWindows.Control(judgement, new StandaloneAnalysisScope { ControlOffsetInMinutes = 5 });

        Assert.Equal("2018-12-17T20:51:39.689Z", MetricSources.IsoInstant.Format(start.ToUnixTimeMilliseconds()));
        Assert.Equal("2018-12-17T21:51:39.689Z", MetricSources.IsoInstant.Format(end.ToUnixTimeMilliseconds()));
    }
}
