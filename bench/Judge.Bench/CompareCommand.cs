using System.Diagnostics;
using System.Globalization;
using Judge.Stats.Exact;

namespace Judge.Bench;

/// <summary>
/// `compare --data file.csv [--reps 5]`: times exact mode and one Array.Sort of the pooled values on data written by
/// compare-r.sh (CSV header "experiment,control", one pair per line), so R can be timed on the very same numbers.
/// Prints one line of key=value pairs in milliseconds: *_wall_ms = median wall time over the repetitions,
/// *_cpu_ms = process CPU time per call averaged over a batch of at least half a second (steadier on a busy machine).
/// </summary>
internal static class CompareCommand
{
    public static int Run(string[] args)
    {
        string? data = null;
        var reps = 5;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--reps" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r > 0:
                    reps = r;
                    i++;
                    break;
                case "--n" when i + 1 < args.Length:
                    i++; // the size comes from the file; accepted for readability of the calling script
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete argument '{args[i]}'; usage: compare --data file.csv [--reps N]");
                    return 2;
            }
        }
        if (data is null)
        {
            Console.Error.WriteLine("--data is required; usage: compare --data file.csv [--reps N]");
            return 2;
        }

        var (experiment, control) = ReadCsv(data);
        var test = new ExactMannWhitney();
        var result = test.Analyze(experiment, control, 0.98);           // warm-up (JIT) and the numbers to print
        Action exact = () => test.Compare(experiment, control, 0.98);

        double[] pooled = [.. experiment, .. control];
        var buffer = new double[pooled.Length];
        Action sort = () =>
        {
            pooled.CopyTo(buffer, 0);
            Array.Sort(buffer);
        };
        WarmUp(exact);
        WarmUp(sort);

        var exactWall = MedianMilliseconds(reps, exact);
        var sortWall = MedianMilliseconds(reps, sort);
        var exactCpu = CpuMillisecondsPerCall(exact);
        var sortCpu = CpuMillisecondsPerCall(sort);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nx={experiment.Length} ny={control.Length} exact_wall_ms={exactWall:F3} sort_wall_ms={sortWall:F3} " +
            $"exact_cpu_ms={exactCpu:F3} sort_cpu_ms={sortCpu:F3} " +
            $"regime={result.Regime} ciLower={result.CiLower:R} ciUpper={result.CiUpper:R} estimate={result.Estimate:R} pValue={result.PValue:R}"));
        return 0;
    }

    private static double MedianMilliseconds(int reps, Action action)
    {
        var times = new double[reps];
        for (var r = 0; r < reps; r++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[r] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return reps % 2 == 1 ? times[reps / 2] : (times[reps / 2 - 1] + times[reps / 2]) / 2;
    }

    // Enough calls for tiered JIT to reach optimised code (30 calls plus background compilation), at most ~3 s.
    private static void WarmUp(Action action)
    {
        var watch = Stopwatch.StartNew();
        for (var calls = 0; calls < 60 && watch.ElapsedMilliseconds < 3000; calls++)
            action();
    }

    private static double CpuMillisecondsPerCall(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.TotalProcessorTime;
        var calls = 0;
        TimeSpan used;
        do
        {
            action();
            calls++;
            process.Refresh();
            used = process.TotalProcessorTime - start;
        }
        while (used.TotalMilliseconds < 500);
        return used.TotalMilliseconds / calls;
    }

    private static (double[] Experiment, double[] Control) ReadCsv(string path)
    {
        var experiment = new List<double>();
        var control = new List<double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split(',');
            if (fields.Length != 2)
                throw new FormatException($"{path}: expected 'experiment,control' per line, got '{line}'");
            experiment.Add(double.Parse(fields[0], CultureInfo.InvariantCulture));
            control.Add(double.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        return (experiment.ToArray(), control.ToArray());
    }
}
