using System.Diagnostics;

namespace Judge.Bench;

/// <summary>Process CPU time per call over a batch of at least <c>minimumSeconds</c>, after one warm-up call.</summary>
internal static class CpuTime
{
    public static double MicrosecondsPerCall<T>(Func<T> call, double minimumSeconds = 0.3)
    {
        call();
        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var calls = 0;
        TimeSpan elapsed;
        do
        {
            for (var k = 0; k < 10; k++)
                call();
            calls += 10;
            process.Refresh();
            elapsed = process.TotalProcessorTime - start;
        } while (elapsed.TotalSeconds < minimumSeconds);
        return elapsed.TotalMilliseconds * 1000 / calls;
    }
}
