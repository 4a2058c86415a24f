namespace Judge.Bench.Http;

/// <summary>
/// `inline-loop --step read|judge|write --metrics M --points N --seconds S`: one step of POST /judges/judge/inline
/// (<see cref="InlineRequestParts"/>) on the load-inline body, in a loop for a profiler to sample, e.g.
/// <c>dotnet-trace collect --format speedscope -- bench/Judge.Bench/bin/Release/net10.0/Judge.Bench inline-loop --step read</c>.
/// </summary>
internal static class InlineLoopCommand
{
    public static int Run(string[] args)
    {
        var step = LoadInlineCommand.Option(args, "--step") ?? "judge";
        var metrics = LoadInlineCommand.IntOption(args, "--metrics", 50);
        var points = LoadInlineCommand.IntOption(args, "--points", 720);
        var seconds = LoadInlineCommand.IntOption(args, "--seconds", 10);
        var parts = new InlineRequestParts(BenchRequests.Inline(metrics, points));
        var request = parts.Read();
        var input = parts.Input(request);
        var result = parts.Judge(input);
        Action call = step switch
        {
            "read" => () => parts.Read(),
            "judge" => () => parts.Judge(input),
            "write" => () => InlineRequestParts.Write(result),
            _ => throw new ArgumentException($"--step is read, judge or write, not '{step}'."),
        };
        CallLoop.Run(call, seconds);
        return 0;
    }
}
