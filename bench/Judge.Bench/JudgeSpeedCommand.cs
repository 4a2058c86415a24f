using System.Globalization;
using Judge.Stats.Judging;
using Judge.Stats.Tests.Dependence;

namespace Judge.Bench;

/// <summary>
/// `judge-speed [--rounds N] [--sizes 60,360,...] [--pool K]`: CPU time per metric of ExactACAJudge-v1 and -v2 against one
/// <c>Array.Sort</c> of the same 2n values (copy included), all measured side by side in alternating batches of at
/// least 0.3 s each; prints the best batch of each and the ratios. CPU time, because on a shared machine wall time
/// mostly measures the neighbours.
/// <para>Each batch goes round a pool of different metrics (<see cref="JudgeSpeedData.Pool"/>; by default 131,072 values
/// in all, 1 MB, at least 4 metrics), as a service judges each metric once: one metric judged and sorted over and over
/// lets the branch predictor learn the sort's comparisons (1,440 values sorted in 17 µs again and again, 71 µs fresh)
/// and measures neither as it runs. <c>--pool 1</c> measures that way all the same.</para>
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
        var p = Array.IndexOf(args, "--pool");
        int? poolSize = p >= 0 ? int.Parse(args[p + 1], CultureInfo.InvariantCulture) : null;
        ICanaryJudge v1 = new ExactAcaJudge(), v2 = new ExactAcaJudgeV2();
        Console.WriteLine("| points a side | metrics in the pool | sort of 2n µs (cpu) | v1 µs/metric | v2 µs/metric | **v1 / sort** | **v2 / sort** | v2 count metric µs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var points in sizes)
        {
            var pool = JudgeSpeedData.Pool(points, poolSize ?? JudgeSpeedData.DefaultPoolSize(points));
            var buffer = new double[2 * points];
            double bestSort = double.MaxValue, best1 = double.MaxValue, best2 = double.MaxValue, bestCount = double.MaxValue;
            MetricCursor sorted = new(pool), judged1 = new(pool), judged2 = new(pool), counted = new(pool);
            // Round −1 only warms up: the runtime replaces a method's first code once it has run a while, and keeps
            // putting that off while other methods are still being compiled for the first time.
            for (var round = -1; round < rounds; round++)
            {
                if (round == 0)
                    (bestSort, best1, best2, bestCount) = (double.MaxValue, double.MaxValue, double.MaxValue, double.MaxValue);
                bestSort = Math.Min(bestSort, CpuTime.MicrosecondsPerCall(() =>
                {
                    sorted.Next().Pooled.CopyTo(buffer, 0);
                    Array.Sort(buffer);
                    return buffer[0];
                }));
                best1 = Math.Min(best1, CpuTime.MicrosecondsPerCall(() => v1.Judge(judged1.Next().Latency).Score));
                best2 = Math.Min(best2, CpuTime.MicrosecondsPerCall(() => v2.Judge(judged2.Next().Latency).Score));
                bestCount = Math.Min(bestCount, CpuTime.MicrosecondsPerCall(() => v2.Judge(counted.Next().Errors).Score));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {points:N0} | {pool.Length:N0} | {bestSort:0.00} | {best1:0.0} | {best2:0.0} | {best1 / bestSort:0.00}× | {best2 / bestSort:0.00}× | {bestCount:0.0} |"));
        }
        return 0;
    }
}
