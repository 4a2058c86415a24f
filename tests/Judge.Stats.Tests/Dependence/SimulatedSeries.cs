namespace Judge.Stats.Tests.Dependence;

/// <summary>
/// Seeded series shaped like real metrics: AR(1) and AR(2) Gaussian noise, log-normal and normal latency, a cycle
/// shared by both sides, spikes, heavy tails, Poisson and negative-binomial counts.
/// </summary>
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

    /// <summary>Stationary AR(2) noise with unit variance, started from a burn-in of 200 steps.</summary>
    public static double[] Ar2(Random random, int n, double phi1, double phi2)
    {
        var values = new double[n];
        double previous = 0, beforePrevious = 0;
        for (var t = -200; t < n; t++)
        {
            var x = phi1 * previous + phi2 * beforePrevious + Normal(random);
            beforePrevious = previous;
            previous = x;
            if (t >= 0)
                values[t] = x;
        }
        var scale = Math.Sqrt(Ar2Variance(phi1, phi2));
        return values.Select(v => v / scale).ToArray();
    }

    /// <summary>Latency around <paramref name="median"/> with log-scale spread <paramref name="sigma"/>, AR(1) in the log.</summary>
    public static double[] LogNormalLatency(Random random, int n, double phi, double sigma, double median) =>
        Ar1(random, n, phi).Select(z => median * Math.Exp(sigma * z)).ToArray();

    /// <summary>Gaussian values around <paramref name="mean"/> with spread <paramref name="relativeSd"/>·mean, AR(1).</summary>
    public static double[] NormalLatency(Random random, int n, double phi, double relativeSd, double mean) =>
        Ar1(random, n, phi).Select(z => mean * (1 + relativeSd * z)).ToArray();

    /// <summary>log-normal latency whose log is the AR(2) noise.</summary>
    public static double[] Ar2Latency(Random random, int n, double phi1, double phi2, double sigma, double median) =>
        Ar2(random, n, phi1, phi2).Select(z => median * Math.Exp(sigma * z)).ToArray();

    /// <summary>
    /// A cycle both sides share (they run at the same time: same phase) plus AR(1) noise of their own, in the log.
    /// <paramref name="cycle"/> holds the shared component per step, e.g. from <see cref="DailyCycle"/>.
    /// </summary>
    public static double[] WithSharedCycle(Random random, double[] cycle, double phi, double sigma, double median) =>
        Ar1(random, cycle.Length, phi).Select((z, t) => median * Math.Exp(sigma * (z + cycle[t]))).ToArray();

    /// <summary>A daily sine of amplitude <paramref name="amplitude"/> over a window of <paramref name="n"/> steps of
    /// <paramref name="stepSeconds"/>, starting at a random time of day, plus a linear drift of the same size.</summary>
    public static double[] DailyCycle(Random random, int n, double stepSeconds, double amplitude)
    {
        var phase = 2 * Math.PI * random.NextDouble();
        var drift = amplitude * (2 * random.NextDouble() - 1);
        return Enumerable.Range(0, n)
            .Select(t => amplitude * Math.Sin(phase + 2 * Math.PI * t * stepSeconds / 86_400) + drift * t / n)
            .ToArray();
    }

    /// <summary>Log-normal AR(1) latency where each step is, with probability <paramref name="spikeProbability"/>,
    /// a spike <paramref name="spikeFactor"/> times its value.</summary>
    public static double[] Spiky(Random random, int n, double phi, double sigma, double median, double spikeProbability,
        double spikeFactor) =>
        LogNormalLatency(random, n, phi, sigma, median)
            .Select(v => random.NextDouble() < spikeProbability ? v * spikeFactor : v).ToArray();

    /// <summary>AR(1) in the log with Student-t innovations of <paramref name="degreesOfFreedom"/> (heavy tails).</summary>
    public static double[] HeavyTailed(Random random, int n, double phi, double sigma, double median, int degreesOfFreedom)
    {
        var values = new double[n];
        var x = 0.0;
        for (var t = -200; t < n; t++)
        {
            x = phi * x + StudentT(random, degreesOfFreedom);
            if (t >= 0)
                values[t] = median * Math.Exp(sigma * x * Math.Sqrt(1 - phi * phi));
        }
        return values;
    }

    public static double[] Poisson(Random random, int n, double rate) =>
        Enumerable.Range(0, n).Select(_ => (double)PoissonDraw(random, rate)).ToArray();

    /// <summary>An error ratio of <paramref name="requests"/> requests a step with Poisson errors of mean
    /// <paramref name="errorsPerStep"/>: mostly 0 when that mean is small.</summary>
    public static double[] SparseErrorRatio(Random random, int n, double errorsPerStep, double requests) =>
        Poisson(random, n, errorsPerStep).Select(e => e / requests).ToArray();

    /// <summary>
    /// An error ratio (<paramref name="requests"/> requests a step) that is 0 outside error episodes and has Poisson
    /// errors of mean <paramref name="errorsPerStep"/> inside (episodes as in <see cref="Episodes"/>).
    /// </summary>
    public static double[] ErrorEpisodes(Random random, int n, double meanGap, double meanLength, double errorsPerStep,
        double requests) =>
        Episodes(random, n, meanGap, meanLength).Select(on => on ? PoissonDraw(random, errorsPerStep) / requests : 0).ToArray();

    /// <summary>0 outside error episodes; inside, an error ratio drifting as <paramref name="level"/> + <paramref name="sd"/>
    /// times AR(1) noise of persistence <paramref name="phi"/> (drawn for the whole window, read where an episode is).</summary>
    public static double[] DriftingErrorEpisodes(Random random, int n, double meanGap, double meanLength, double level,
        double sd, double phi)
    {
        var drift = Ar1(random, n, phi);
        return Episodes(random, n, meanGap, meanLength).Select((on, t) => on ? level + sd * drift[t] : 0).ToArray();
    }

    /// <summary>Which steps are in an episode: a healthy step starts one with probability 1/<paramref name="meanGap"/>,
    /// an episode ends with probability 1/<paramref name="meanLength"/>; the first step is in one with the chain's
    /// stationary probability.</summary>
    public static bool[] Episodes(Random random, int n, double meanGap, double meanLength)
    {
        var on = random.NextDouble() < meanLength / (meanGap + meanLength);
        var steps = new bool[n];
        for (var t = 0; t < n; t++)
        {
            if (t > 0)
                on = random.NextDouble() < (on ? 1 - 1 / meanLength : 1 / meanGap);
            steps[t] = on;
        }
        return steps;
    }

    /// <summary>Overdispersed counts (gamma–Poisson): mean <paramref name="mean"/>, variance mean·<paramref name="dispersion"/>.</summary>
    public static double[] NegativeBinomial(Random random, int n, double mean, double dispersion)
    {
        var shape = mean / (dispersion - 1);
        return Enumerable.Range(0, n).Select(_ => (double)PoissonDraw(random, Gamma(random, shape) * mean / shape)).ToArray();
    }

    private static double Ar2Variance(double phi1, double phi2) =>
        (1 - phi2) / ((1 + phi2) * ((1 - phi2) * (1 - phi2) - phi1 * phi1));

    private static int PoissonDraw(Random random, double rate)
    {
        var limit = Math.Exp(-rate);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
            k++;
        return k;
    }

    private static double StudentT(Random random, int degreesOfFreedom)
    {
        var chiSquare = 0.0;
        for (var i = 0; i < degreesOfFreedom; i++)
            chiSquare += Math.Pow(Normal(random), 2);
        // Scaled to unit variance (finite for degreesOfFreedom > 2).
        return Normal(random) / Math.Sqrt(chiSquare / degreesOfFreedom) * Math.Sqrt((degreesOfFreedom - 2.0) / degreesOfFreedom);
    }

    // Marsaglia–Tsang; shapes below 1 through the boost Gamma(a) = Gamma(a + 1)·U^(1/a).
    private static double Gamma(Random random, double shape)
    {
        if (shape < 1)
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double z, v;
            do
            {
                z = Normal(random);
                v = 1 + c * z;
            } while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < 0.5 * z * z + d - d * v + d * Math.Log(v))
                return d * v;
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
