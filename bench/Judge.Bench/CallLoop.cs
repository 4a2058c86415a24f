using System.Diagnostics;
using System.Globalization;

namespace Judge.Bench;

/// <summary>One call repeated for a while, for a profiler to sample (`judge-loop`, `inline-loop`).</summary>
internal static class CallLoop
{
    /// <summary>Calls <paramref name="call"/> for <paramref name="seconds"/> and prints the calls made and their mean wall time.</summary>
    public static void Run(Action call, double seconds)
    {
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            call();
            calls++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{calls} calls in {clock.Elapsed.TotalSeconds:0.0} s: {clock.Elapsed.TotalMilliseconds / calls:0.00} ms a call"));
    }
}
