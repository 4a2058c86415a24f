using System.Diagnostics;
using System.Globalization;
using Judge.Stats.Judging;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench;

/// <summary>
/// `judge-speed [--rounds N]`: CPU time per metric of ExactACAJudge-v1 and -v2 side by side, on the data of
/// <see cref="JudgeVersionBenchmarks"/>, in alternating batches of at least 0.3 s each; prints the best batch of each
/// and the v2/v1 ratio. CPU time, because on a shared machine wall time mostly measures the neighbours.
/// </summary>
internal static class JudgeSpeedCommand
{
    public static int Run(string[] args)
    {
        var i = Array.IndexOf(args, "--rounds");
        var rounds = i >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 7;
        ICanaryJudge v1 = new ExactAcaJudge(), v2 = new ExactAcaJudgeV2();
        Console.WriteLine("| points a side | v1 µs/metric (cpu) | v2 µs/metric (cpu) | v2 / v1 | v2 count metric µs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var points in new[] { 60, 360, 1_000 })
        {
            var random = new Random(42);
            var latency = Input(SimulatedSeries.LogNormalLatency(random, points, 0.7, 0.3, 100),
                SimulatedSeries.LogNormalLatency(random, points, 0.7, 0.3, 105), new MetricAnalysisConfig());
            var errors = Input(SimulatedSeries.Poisson(random, points, 0.5), SimulatedSeries.Poisson(random, points, 0.7),
                new MetricAnalysisConfig { Kind = MetricKind.Count });
            double best1 = double.MaxValue, best2 = double.MaxValue, bestCount = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                best1 = Math.Min(best1, MicrosecondsPerCall(() => v1.Judge(latency)));
                best2 = Math.Min(best2, MicrosecondsPerCall(() => v2.Judge(latency)));
                bestCount = Math.Min(bestCount, MicrosecondsPerCall(() => v2.Judge(errors)));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {points} | {best1:0.0} | {best2:0.0} | {best2 / best1:0.00}× | {bestCount:0.0} |"));
        }
        return 0;
    }

    private static double MicrosecondsPerCall(Func<CanaryJudgeResult> judge)
    {
        judge();
        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var calls = 0;
        TimeSpan elapsed;
        do
        {
            for (var k = 0; k < 20; k++)
                judge();
            calls += 20;
            process.Refresh();
            elapsed = process.TotalProcessorTime - start;
        } while (elapsed.TotalSeconds < 0.3);
        return elapsed.TotalMilliseconds * 1000 / calls;
    }

    private static CanaryJudgeInput Input(double[] control, double[] experiment, MetricAnalysisConfig config) =>
        new([new MetricPairInput("m", "m", ["g"], new Dictionary<string, string>(), control, experiment, config)],
            new Dictionary<string, double> { ["g"] = 100 }, new ScoreThresholds(95, 75));
}
