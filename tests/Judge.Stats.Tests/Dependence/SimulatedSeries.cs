namespace Judge.Stats.Tests.Dependence;

/// <summary>Seeded series shaped like real metrics: AR(1) Gaussian noise, log-normal latency, Poisson counts.</summary>
internal static class SimulatedSeries
{
    public static double[] Ar1(Random random, int n, double phi)
    {
        var values = new double[n];
        var innovationSd = Math.Sqrt(1 - phi * phi);
        var x = Normal(random);
        for (var t = 0; t < n; t++)
        {
            x = phi * x + innovationSd * Normal(random);
            values[t] = x;
        }
        return values;
    }

    /// <summary>Latency around <paramref name="median"/> with log-scale spread <paramref name="sigma"/>, AR(1) in the log.</summary>
    public static double[] LogNormalLatency(Random random, int n, double phi, double sigma, double median) =>
        Ar1(random, n, phi).Select(z => median * Math.Exp(sigma * z)).ToArray();

    public static double[] Poisson(Random random, int n, double rate) =>
        Enumerable.Range(0, n).Select(_ => (double)PoissonDraw(random, rate)).ToArray();

    private static int PoissonDraw(Random random, double rate)
    {
        var limit = Math.Exp(-rate);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
            k++;
        return k;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
