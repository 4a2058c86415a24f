using Judge.Bench.Http;
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
        var points = LoadInlineCommand.IntOption(args, "--points", 1000);
        var seconds = LoadInlineCommand.IntOption(args, "--seconds", 10);
        var which = LoadInlineCommand.Option(args, "--judge") ?? "v2";
        var data = JudgeSpeedData.Create(points);
        ICanaryJudge judge = which == "v1" ? new ExactAcaJudge() : new ExactAcaJudgeV2();
        var input = which == "count" ? data.Errors : data.Latency;
        CallLoop.Run(() => judge.Judge(input), seconds);
        return 0;
    }
}
