namespace SampleApp;

/// <summary>What the environment asks this instance to be: its version label, how often it fails, how slow it is.</summary>
public sealed record Behaviour(string Version, int SuccessRate, double LatencyMs)
{
    public static Behaviour FromEnvironment()
    {
        var version = Environment.GetEnvironmentVariable("VERSION") is { Length: > 0 } v ? v : "baseline";
        var successRate = int.TryParse(Environment.GetEnvironmentVariable("SUCCESS_RATE"), out var s) ? Math.Clamp(s, 0, 100) : 100;
        var latency = double.TryParse(Environment.GetEnvironmentVariable("LATENCY_MS"), System.Globalization.CultureInfo.InvariantCulture, out var l)
            ? Math.Max(0, l)
            : 20;
        return new Behaviour(version, successRate, latency);
    }

    /// <summary>
    /// Failures are spread evenly (request n succeeds when ⌊(n+1)·rate/100⌋ grows), so any 100 consecutive requests
    /// hold exactly SUCCESS_RATE successes: the error ratio is a property of the version, not of luck.
    /// </summary>
    public bool Succeeds(long requestNumber) => (requestNumber + 1) * SuccessRate / 100 > requestNumber * SuccessRate / 100;

    /// <summary>The added latency: the mean, spread ±20 % in a fixed saw-tooth so instances with equal settings behave alike.</summary>
    public TimeSpan Latency(long requestNumber) =>
        TimeSpan.FromMilliseconds(LatencyMs * (0.8 + 0.4 * (requestNumber % 10) / 9.0));
}
