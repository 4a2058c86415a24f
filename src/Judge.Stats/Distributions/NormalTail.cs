using MathNet.Numerics;

namespace Judge.Stats.Distributions;

/// <summary>Standard normal tail probabilities, each computed directly from erfc so the far tails keep their
/// relative accuracy (1 − Φ(z) would round to 0 long before Φ(−z) underflows).</summary>
public static class NormalTail
{
    /// <summary>Φ(z) = P(Z ≤ z).</summary>
    public static double Lower(double z) => 0.5 * SpecialFunctions.Erfc(-z / Constants.Sqrt2);

    /// <summary>1 − Φ(z) = P(Z &gt; z).</summary>
    public static double Upper(double z) => 0.5 * SpecialFunctions.Erfc(z / Constants.Sqrt2);

    /// <summary>2·min(Φ(z), 1 − Φ(z)); NaN when z is NaN.</summary>
    public static double TwoSided(double z) =>
        double.IsNaN(z) ? double.NaN : 2 * Math.Min(Lower(z), Upper(z));
}
