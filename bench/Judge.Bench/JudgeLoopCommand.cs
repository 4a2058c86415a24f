using System.Diagnostics;
using System.Globalization;
using Judge.Stats.Judging;

namespace Judge.Bench;

/// <summary>
/// `judge-loop --points N --judge v1|v2|count --seconds S`: judges one metric of <see cref="JudgeSpeedData"/> in a loop,
/// for a profiler to sample, e.g.
/// <c>dotnet-trace collect --format speedscope -- bench/Judge.Bench/bin/Release/net10.0/Judge.Bench judge-loop --points 1000</c>.
/// </summary>
internal static class JudgeLoopCommand
{
    public static int Run(string[] args)
    {
        var points = int.Parse(Option(args, "--points", "1000"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(Option(args, "--seconds", "10"), CultureInfo.InvariantCulture);
        var which = Option(args, "--judge", "v2");
        var data = JudgeSpeedData.Create(points);
        ICanaryJudge judge = which == "v1" ? new ExactAcaJudge() : new ExactAcaJudgeV2();
        var input = which == "count" ? data.Errors : data.Latency;
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            judge.Judge(input);
            calls++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{calls} calls in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 ? args[i + 1] : fallback;
    }
}
