using System.Globalization;
using Judge.Stats.Judging;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench;

/// <summary>
/// `judge-speed [--rounds N] [--sizes 60,360,...]`: CPU time per metric of ExactACAJudge-v1 and -v2 against one
/// <c>Array.Sort</c> of the same 2n values (copy included), all measured side by side in alternating batches of at
/// least 0.3 s each on the data of <see cref="JudgeVersionBenchmarks"/>; prints the best batch of each and the ratios.
/// CPU time, because on a shared machine wall time mostly measures the neighbours.
/// </summary>
internal static class JudgeSpeedCommand
{
    private static readonly int[] DefaultSizes = [60, 360, 720, 1_000, 100_000];

    public static int Run(string[] args)
    {
        var i = Array.IndexOf(args, "--rounds");
        var rounds = i >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 7;
        var s = Array.IndexOf(args, "--sizes");
        var sizes = s >= 0 ? args[s + 1].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray() : DefaultSizes;
        ICanaryJudge v1 = new ExactAcaJudge(), v2 = new ExactAcaJudgeV2();
        Console.WriteLine("| points a side | sort of 2n µs (cpu) | v1 µs/metric | v2 µs/metric | **v1 / sort** | **v2 / sort** | v2 count metric µs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var points in sizes)
        {
            var data = JudgeSpeedData.Create(points);
            var pooled = data.Pooled;
            var buffer = new double[pooled.Length];
            double bestSort = double.MaxValue, best1 = double.MaxValue, best2 = double.MaxValue, bestCount = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                bestSort = Math.Min(bestSort, CpuTime.MicrosecondsPerCall(() =>
                {
                    pooled.CopyTo(buffer, 0);
                    Array.Sort(buffer);
                    return buffer[0];
                }));
                best1 = Math.Min(best1, CpuTime.MicrosecondsPerCall(() => v1.Judge(data.Latency).Score));
                best2 = Math.Min(best2, CpuTime.MicrosecondsPerCall(() => v2.Judge(data.Latency).Score));
                bestCount = Math.Min(bestCount, CpuTime.MicrosecondsPerCall(() => v2.Judge(data.Errors).Score));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {points:N0} | {bestSort:0.00} | {best1:0.0} | {best2:0.0} | {best1 / bestSort:0.00}× | {best2 / bestSort:0.00}× | {bestCount:0.0} |"));
        }
        return 0;
    }
}
