using System.Globalization;
using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Sequential;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench.Simulation;

/// <summary>
/// `gate-looks [--reps N]`: a gate polled every minute for an hour, each poll judging the last 10 minutes at 10 s steps
/// (60 points a side, sliding windows), one metric. Compares ExactACAJudge-v2 held to <see cref="OpenEndedLooks"/>
/// (look k at 1 − 2 %/(k(k + 1))) with v2 at 98 % at every poll; an analysis fails at its first failing poll.
/// </summary>
internal static class GateLooksCommand
{
    private const int Window = 60;
    private const int Polls = 60;
    private const int StepPoints = 6; // one minute

    private sealed record Cell(string Name, double Phi, double Sigma, double Factor);

    public static int Run(string[] args)
    {
        var i = Array.IndexOf(args, "--reps");
        var reps = i >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 2000;
        Cell[] cells =
        [
            new("A/A, independent, σ 0.3", 0, 0.3, 1), new("A/A, AR(1) φ 0.7, σ 0.3", 0.7, 0.3, 1),
            new("+10 %, σ 0.1, AR(1) φ 0.7", 0.7, 0.1, 1.1), new("+50 %, σ 0.1, AR(1) φ 0.7", 0.7, 0.1, 1.5),
        ];
        Console.WriteLine($"{reps} replications per cell, seed {SimulateCommand.Seed}; {Polls} polls a minute apart, each judging the last {Window} points (10 min at 10 s) a side.\n");
        Console.WriteLine("| cell | v2 open-ended looks: failed | median poll of fail | v2 at 98 % every poll: failed | median poll of fail |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var cell in cells)
            Console.WriteLine(Simulate(cell, reps));
        return 0;
    }

    private static string Simulate(Cell cell, int reps)
    {
        var v2 = new ExactAcaJudgeV2();
        var looks = Enumerable.Range(1, Polls).Select(k => v2.AtConfidence(OpenEndedLooks.For(k, 0.98).ConfidenceLevel)).ToArray();
        var config = new MetricAnalysisConfig { Direction = cell.Factor > 1 ? Direction.Increase : Direction.Either };
        var random = new Random(SimulateCommand.Seed);
        var points = Window + (Polls - 1) * StepPoints;
        var sequentialFails = new List<int>();
        var plainFails = new List<int>();
        for (var r = 0; r < reps; r++)
        {
            var control = SimulatedSeries.LogNormalLatency(random, points, cell.Phi, cell.Sigma, 100);
            var experiment = SimulatedSeries.LogNormalLatency(random, points, cell.Phi, cell.Sigma, 100 * cell.Factor);
            if (FirstFailingPoll(k => looks[k], control, experiment, config) is { } s)
                sequentialFails.Add(s);
            if (FirstFailingPoll(_ => v2, control, experiment, config) is { } p)
                plainFails.Add(p);
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"| {cell.Name} | {SimulationText.Percent(sequentialFails.Count, reps)} | {MedianText(sequentialFails)} | {SimulationText.Percent(plainFails.Count, reps)} | {MedianText(plainFails)} |");
    }

    private static int? FirstFailingPoll(Func<int, ICanaryJudge> judgeAt, double[] control, double[] experiment, MetricAnalysisConfig config)
    {
        for (var k = 0; k < Polls; k++)
        {
            var from = k * StepPoints;
            var result = OneMetric.Judge(judgeAt(k), control[from..(from + Window)], experiment[from..(from + Window)], config);
            if (result.Classification is MetricVerdicts.High or MetricVerdicts.Low)
                return k + 1;
        }
        return null;
    }

    private static string MedianText(List<int> polls) =>
        polls.Count == 0 ? "–" : SimulationText.Median(polls.Select(p => (double)p)).ToString("0.#", CultureInfo.InvariantCulture);
}
