using System.Globalization;
using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Sequential;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench.Simulation;

/// <summary>
/// `sequential [--reps N]`: lifetime analyses of one metric, 60 minutes of 10 s steps (360 points a side), judged on
/// cumulative windows at every look. Compares ExactACAJudge-v2 held to <see cref="SequentialPlan"/>'s boundaries with
/// v2 and v1 at 98 % at every look (Kayenta's rule: the first failing look fails the analysis). earlyPass cells stop
/// with a pass before the last look when the metric passes and its interval at the pass side's boundary
/// (<see cref="SpendingFunction.PocockFromQuarter"/>) lies within ±10 %; `--only TEXT` runs the cells whose name has it.
/// </summary>
internal static class SequentialCommand
{
    private const int Points = 360;

    private sealed record Cell(string Name, double Phi, double Sigma, double Factor, int Looks, bool EarlyPass = false);

    public static int Run(string[] args)
    {
        var i = Array.IndexOf(args, "--reps");
        var reps = i >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 2000;
        Cell[] cells =
        [
            new("A/A, independent", 0, 0.3, 1, 6), new("A/A, independent", 0, 0.3, 1, 60),
            new("A/A, AR(1) φ 0.7", 0.7, 0.3, 1, 6), new("A/A, AR(1) φ 0.7", 0.7, 0.3, 1, 60),
            new("+10 %, σ 0.1, AR(1) φ 0.7", 0.7, 0.1, 1.1, 6), new("+10 %, σ 0.1, AR(1) φ 0.7", 0.7, 0.1, 1.1, 60),
            new("+50 %, σ 0.1, AR(1) φ 0.7", 0.7, 0.1, 1.5, 6),
            new("A/A, σ 0.1, AR(1) φ 0.7, earlyPass", 0.7, 0.1, 1, 6, EarlyPass: true),
            new("A/A, σ 0.1, AR(1) φ 0.7, earlyPass", 0.7, 0.1, 1, 60, EarlyPass: true),
            new("+10 % (the tolerance), σ 0.1, AR(1) φ 0.7, earlyPass", 0.7, 0.1, 1.1, 6, EarlyPass: true),
            new("+10 % (the tolerance), σ 0.1, AR(1) φ 0.7, earlyPass", 0.7, 0.1, 1.1, 60, EarlyPass: true),
        ];
        var only = Array.IndexOf(args, "--only") is var o and >= 0 ? args[o + 1] : null;
        if (only is not null)
            cells = cells.Where(c => c.Name.Contains(only, StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"{reps} replications per cell, seed {SimulateCommand.Seed}; {Points} points a side at the end, cumulative windows, direction either (increase for shifted cells).\n");
        Console.WriteLine("| cell | looks | v2 sequential: failed | median look of fail | median stop (share of lifetime) | passed early | v2 at 98 % every look: failed | v1 at 98 % every look: failed |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var cell in cells)
            Console.WriteLine(Simulate(cell, reps));
        return 0;
    }

    private static string Simulate(Cell cell, int reps)
    {
        var lengths = Enumerable.Range(1, cell.Looks).Select(k => (double)(k * Points / cell.Looks)).ToArray();
        var plan = SequentialPlan.For(lengths, cumulative: true, 0.98);
        var v2 = new ExactAcaJudgeV2();
        var lookJudges = plan.Select(b => v2.AtConfidence(b.ConfidenceLevel)).ToArray();
        var passJudges = SequentialPlan.For(lengths, cumulative: true, 0.98, SpendingFunction.PocockFromQuarter)
            .Select(b => v2.AtConfidence(b.ConfidenceLevel)).ToArray();
        ICanaryJudge v1 = new ExactAcaJudge();
        var config = new MetricAnalysisConfig { Direction = cell.Factor > 1 ? Direction.Increase : Direction.Either };
        var random = new Random(SimulateCommand.Seed);
        int failed = 0, failedV2 = 0, failedV1 = 0, earlyPasses = 0;
        var failLooks = new List<int>();
        var stops = new List<double>();
        for (var r = 0; r < reps; r++)
        {
            var control = SimulatedSeries.LogNormalLatency(random, Points, cell.Phi, cell.Sigma, 100);
            var experiment = SimulatedSeries.LogNormalLatency(random, Points, cell.Phi, cell.Sigma, 100 * cell.Factor);
            var stop = 1.0;
            for (var k = 0; k < cell.Looks; k++)
            {
                var result = Judge(lookJudges[k], control, experiment, (int)lengths[k], config);
                if (result.Classification is MetricVerdicts.High or MetricVerdicts.Low)
                {
                    failed++;
                    failLooks.Add(k + 1);
                    stop = lengths[k] / Points;
                    break;
                }
                if (cell.EarlyPass && result.Classification == MetricVerdicts.Pass && k < cell.Looks - 1
                    && Judge(passJudges[k], control, experiment, (int)lengths[k], config).ResultMetadata?.Evidence?.WithinTolerance == true)
                {
                    earlyPasses++;
                    stop = lengths[k] / Points;
                    break;
                }
            }
            stops.Add(stop);
            failedV2 += FailsAtSomeLook(v2, control, experiment, lengths, config) ? 1 : 0;
            failedV1 += FailsAtSomeLook(v1, control, experiment, lengths, config) ? 1 : 0;
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"| {cell.Name} | {cell.Looks} | {SimulationText.Percent(failed, reps)} | {(failLooks.Count > 0 ? SimulationText.Median(failLooks.Select(l => (double)l)).ToString("0.#", CultureInfo.InvariantCulture) : "–")} | {SimulationText.Median(stops):0.00} | {(cell.EarlyPass ? SimulationText.Percent(earlyPasses, reps) : "–")} | {SimulationText.Percent(failedV2, reps)} | {SimulationText.Percent(failedV1, reps)} |");
    }

    private static bool FailsAtSomeLook(ICanaryJudge judge, double[] control, double[] experiment, double[] lengths, MetricAnalysisConfig config) =>
        lengths.Any(n => Judge(judge, control, experiment, (int)n, config).Classification is MetricVerdicts.High or MetricVerdicts.Low);

    private static CanaryAnalysisResult Judge(ICanaryJudge judge, double[] control, double[] experiment, int n, MetricAnalysisConfig config) =>
        OneMetric.Judge(judge, control[..n], experiment[..n], config);
}
