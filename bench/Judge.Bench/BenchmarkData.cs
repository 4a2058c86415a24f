namespace Judge.Bench;

/// <summary>Latency-like samples (log-normal, rounded to 1 µs of a ms, so there are some ties), experiment 5% slower.</summary>
internal static class BenchmarkData
{
    public static (double[] Experiment, double[] Control) LogNormal(int size, int seed)
    {
        var random = new Random(seed);
        var experiment = new double[size];
        var control = new double[size];
        for (var i = 0; i < size; i++)
        {
            experiment[i] = Math.Round(1.05 * LogNormal(random), 3);
            control[i] = Math.Round(LogNormal(random), 3);
        }
        return (experiment, control);
    }

    private static double LogNormal(Random random)
    {
        // Box–Muller: one standard normal from two uniforms.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Exp(Math.Log(100) + 0.5 * normal);
    }
}
