namespace Judge.Stats.Tests.Exact;

/// <summary>Seeded sample generators for the brute-force comparisons.</summary>
internal static class RandomSamples
{
    /// <summary>Integers in [low, high): many ties when the range is small next to the size.</summary>
    public static double[] Integers(Random random, int size, int low, int high) =>
        Enumerable.Range(0, size).Select(_ => (double)random.Next(low, high)).ToArray();

    /// <summary>Continuous values, negative and positive, over several magnitudes; ties are practically impossible.</summary>
    public static double[] Continuous(Random random, int size, double shift) =>
        Enumerable.Range(0, size).Select(_ => shift + (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-2, 3))).ToArray();

    /// <summary>Mostly zeros (signed zeros included) with a few small counts: the zero-inflated error-rate shape.</summary>
    public static double[] ZeroInflated(Random random, int size) =>
        Enumerable.Range(0, size).Select(_ => random.NextDouble() switch
        {
            < 0.4 => 0.0,
            < 0.7 => -0.0,
            < 0.9 => 1.0,
            _ => random.Next(-3, 6),
        }).ToArray();
}
