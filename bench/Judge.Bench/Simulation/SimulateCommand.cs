using System.Diagnostics;
using System.Globalization;
using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;
using Judge.Stats.Scoring;

namespace Judge.Bench.Simulation;

/// <summary>
/// `simulate [--reps N] [--only TEXT]`: seeded A/A and shifted canaries (<see cref="SimulationCells"/>), judged by all three
/// judges on the same draws; prints one Markdown table per kind of cell with each judge's share of the outcome the
/// table counts, and ExactACAJudge-v2's share of Nodata.
/// </summary>
internal static class SimulateCommand
{
    public const int Seed = 2026;

    private static readonly ICanaryJudge[] Judges = [new NetflixAcaJudge(), new ExactAcaJudge(), new ExactAcaJudgeV2()];

    public static int Run(string[] args)
    {
        var reps = Option(args, "--reps") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 2000;
        var only = Option(args, "--only");
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"{reps} replications per cell, seed {Seed} per cell; 98 % confidence, default settings.");
        foreach (var table in SimulationCells.All().Where(c => only is null || c.Name.Contains(only) || c.Table.Contains(only))
                     .GroupBy(c => c.Table))
        {
            Console.WriteLine($"\n#### {table.Key}\n");
            Console.WriteLine($"| cell | points a side | {string.Join(" | ", Judges.Select(j => j.Name))} | v2 Nodata |");
            Console.WriteLine($"|---|---:|{string.Concat(Judges.Select(_ => "---:|"))}---:|");
            foreach (var cell in table)
            {
                var tally = Simulate(cell, reps);
                Console.WriteLine($"| {cell.Name} | {cell.Steps} | {string.Join(" | ", tally.Counted.Select(c => SimulationText.Percent(c, reps)))} | {SimulationText.Percent(tally.V2Nodata, reps)} |");
            }
        }
        Console.WriteLine($"\nrun time {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    private sealed record Tally(int[] Counted, int V2Nodata);

    private static Tally Simulate(SimulationCell cell, int reps)
    {
        var random = new Random(Seed);
        var counted = new int[Judges.Length];
        var nodata = 0;
        var config = new MetricAnalysisConfig { Direction = cell.Direction, Kind = cell.Kind };
        for (var rep = 0; rep < reps; rep++)
        {
            var metrics = Enumerable.Range(0, cell.Metrics).Select(i =>
            {
                var (control, experiment) = cell.Draw(random, cell.Steps);
                return new MetricPairInput($"m{i}", $"m{i}", ["g"], new Dictionary<string, string>(), control, experiment, config);
            }).ToArray();
            var input = new CanaryJudgeInput(metrics, new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75));
            for (var j = 0; j < Judges.Length; j++)
            {
                var result = Judges[j].Judge(input);
                counted[j] += Counts(cell, result) ? 1 : 0;
                if (j == Judges.Length - 1)
                    nodata += result.Results.Count(m => m.Classification == MetricVerdicts.Nodata) > 0 ? 1 : 0;
            }
        }
        return new Tally(counted, nodata);
    }

    // What each table counts: canary Pass, detection (High), any alarm, or — for A/A metrics — anything but Pass.
    private static bool Counts(SimulationCell cell, CanaryJudgeResult result)
    {
        if (cell.Metrics > 1)
            return result.Score.Classification == "Pass";
        var verdict = result.Results[0].Classification;
        return cell.Table switch
        {
            SimulationCells.DetectionTable => verdict == MetricVerdicts.High,
            SimulationCells.TinyTable => verdict is MetricVerdicts.High or MetricVerdicts.Low,
            SimulationCells.CountTable when cell.Direction == Direction.Increase => verdict == MetricVerdicts.High,
            _ => verdict != MetricVerdicts.Pass,
        };
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
