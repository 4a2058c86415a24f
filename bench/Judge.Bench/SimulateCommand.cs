using System.Globalization;
using Judge.Stats.Judging;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench;

/// <summary>
/// `simulate [--reps N]`: seeded A/A and shifted canaries of one metric, judged by ExactACAJudge-v1 and -v2; prints a
/// Markdown table of the share of High/Low (A/A: false alarms; shifted: detection) and of Nodata per cell.
/// </summary>
internal static class SimulateCommand
{
    private sealed record Cell(string Name, int Steps, double Phi, double Sigma, double Shift, bool Count, double Rate = 0);

    public static int Run(string[] args)
    {
        var reps = args.Length > 2 && args[1] == "--reps" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        Cell[] cells =
        [
            new("A/A log-normal σ 0.3", 60, 0, 0.3, 1, false), new("A/A log-normal σ 0.3", 360, 0, 0.3, 1, false),
            new("A/A log-normal σ 0.3", 60, 0.5, 0.3, 1, false), new("A/A log-normal σ 0.3", 360, 0.5, 0.3, 1, false),
            new("A/A log-normal σ 0.3", 60, 0.7, 0.3, 1, false), new("A/A log-normal σ 0.3", 360, 0.7, 0.3, 1, false),
            new("A/A log-normal σ 0.3", 60, 0.9, 0.3, 1, false), new("A/A log-normal σ 0.3", 360, 0.9, 0.3, 1, false),
            new("+10 % log-normal σ 0.1, increase", 60, 0, 0.1, 1.1, false),
            new("+10 % log-normal σ 0.1, increase", 360, 0.7, 0.1, 1.1, false),
            new("count Poisson 0.5 → 1, increase", 60, 0, 0, 2, true, 0.5),
            new("count A/A Poisson 0.5", 60, 0, 0, 1, true, 0.5),
        ];
        Console.WriteLine($"reps per cell: {reps}; seed 2026 per cell\n");
        Console.WriteLine("| cell | points | φ | v1 High/Low | v2 High/Low | v2 Nodata |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var cell in cells)
        {
            var random = new Random(2026);
            int v1 = 0, v2 = 0, nodata = 0;
            for (var r = 0; r < reps; r++)
            {
                var (control, experiment) = Draw(random, cell);
                var config = new MetricAnalysisConfig
                {
                    Direction = cell.Shift > 1 ? Direction.Increase : Direction.Either,
                    Kind = cell.Count ? MetricKind.Count : MetricKind.Continuous,
                };
                v1 += IsAlarm(Judge(new ExactAcaJudge(), control, experiment, config)) ? 1 : 0;
                var verdict = Judge(V2, control, experiment, config);
                v2 += IsAlarm(verdict) ? 1 : 0;
                nodata += verdict == MetricVerdicts.Nodata ? 1 : 0;
            }
            Console.WriteLine($"| {cell.Name} | {cell.Steps} | {cell.Phi} | {Pct(v1, reps)} | {Pct(v2, reps)} | {Pct(nodata, reps)} |");
        }
        return 0;
    }

    private static readonly ExactAcaJudgeV2 V2 = new();

    private static string Judge(ICanaryJudge judge, double[] control, double[] experiment, MetricAnalysisConfig config)
    {
        var input = new CanaryJudgeInput(
            [new MetricPairInput("m", "m", ["g"], new Dictionary<string, string>(), control, experiment, config)],
            new Dictionary<string, double>(), new ScoreThresholds(95, 75));
        return judge.Judge(input).Results[0].Classification;
    }

    private static (double[] Control, double[] Experiment) Draw(Random random, Cell cell) =>
        cell.Count
            ? (SimulatedSeries.Poisson(random, cell.Steps, cell.Rate), SimulatedSeries.Poisson(random, cell.Steps, cell.Rate * cell.Shift))
            : (SimulatedSeries.LogNormalLatency(random, cell.Steps, cell.Phi, cell.Sigma, 100),
                SimulatedSeries.LogNormalLatency(random, cell.Steps, cell.Phi, cell.Sigma, 100 * cell.Shift));

    private static bool IsAlarm(string verdict) => verdict is MetricVerdicts.High or MetricVerdicts.Low;

    private static string Pct(int count, int reps) => (100.0 * count / reps).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
