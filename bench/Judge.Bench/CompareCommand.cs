using System.Diagnostics;
using System.Globalization;
using Judge.Stats.Exact;

namespace Judge.Bench;

/// <summary>
/// `compare --data file.csv [--reps 5]`: times exact mode and one Array.Sort of the pooled values on data written by
/// compare-r.sh (CSV header "experiment,control", one pair per line), so R can be timed on the very same numbers.
/// Prints one line of key=value pairs; times are medians in milliseconds.
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
        var exactMs = MedianMilliseconds(reps, () => test.Compare(experiment, control, 0.98));

        double[] pooled = [.. experiment, .. control];
        var buffer = new double[pooled.Length];
        pooled.CopyTo(buffer, 0);
        Array.Sort(buffer);
        var sortMs = MedianMilliseconds(reps, () =>
        {
            pooled.CopyTo(buffer, 0);
            Array.Sort(buffer);
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nx={experiment.Length} ny={control.Length} exact_ms={exactMs:F3} sort_ms={sortMs:F3} " +
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
