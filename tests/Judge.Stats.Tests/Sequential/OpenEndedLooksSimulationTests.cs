using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Scoring;
using Judge.Stats.Sequential;
using Judge.Stats.Tests.Dependence;

namespace Judge.Stats.Tests.Sequential;

/// <summary>
/// A seeded small version of bench's `gate-looks`: a gate polled every minute for an hour, each poll judging the last
/// 10 minutes of autocorrelated latency (AR(1) φ 0.7). Held to the open-ended boundaries, an unchanged canary is failed
/// by some poll at most rarely; at 98 % every poll it is failed often, so the test sees the difference it guards.
/// </summary>
public sealed class OpenEndedLooksSimulationTests
{
    private const int Replications = 150;
    private const int Polls = 60;

    [Fact]
    public void An_unchanged_canary_polled_sixty_times_is_failed_by_some_poll_rarely_only_with_open_ended_boundaries()
    {
        var v2 = new ExactAcaJudgeV2();
        var looks = Enumerable.Range(1, Polls).Select(k => v2.AtConfidence(OpenEndedLooks.For(k, 0.98).ConfidenceLevel)).ToArray();
        var random = new Random(2026);
        int held = 0, plain = 0;
        for (var r = 0; r < Replications; r++)
        {
            var control = SimulatedSeries.LogNormalLatency(random, 60 + (Polls - 1) * 6, 0.7, 0.3, 100);
            var experiment = SimulatedSeries.LogNormalLatency(random, 60 + (Polls - 1) * 6, 0.7, 0.3, 100);
            held += FailsAtSomePoll(k => looks[k], control, experiment) ? 1 : 0;
            plain += FailsAtSomePoll(_ => v2, control, experiment) ? 1 : 0;
        }

        // At the nominal 2 %, 8 or more of 150 has probability 1.1 %: that many would mean the boundaries do not hold.
        Assert.True(held < 8, $"{held} of {Replications} unchanged canaries failed by some poll");
        Assert.True(plain > 2 * held + 5, $"98 % at every poll failed {plain}, the open-ended boundaries {held}");
    }

    private static bool FailsAtSomePoll(Func<int, ICanaryJudge> judgeAt, double[] control, double[] experiment)
    {
        var config = new MetricAnalysisConfig { Direction = Direction.Either };
        for (var k = 0; k < Polls; k++)
        {
            var from = k * 6;
            var result = judgeAt(k).Judge(new CanaryJudgeInput(
                [new MetricPairInput("m", "m", ["g"], new Dictionary<string, string>(), control[from..(from + 60)], experiment[from..(from + 60)], config)],
                new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75))).Results[0];
            if (result.Classification is MetricVerdicts.High or MetricVerdicts.Low)
                return true;
        }
        return false;
    }
}
