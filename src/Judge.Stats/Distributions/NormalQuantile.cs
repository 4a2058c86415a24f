namespace Judge.Stats.Distributions;

/// <summary>
/// The standard normal quantile by Wichura's algorithm AS 241 (PPND16), evaluated in the operation order R 4.2's
/// <c>qnorm</c> uses, so the interval quantiles match R to the last bit. A 1e-9-accurate approximation is not
/// enough: the root finder's path, and therefore the interval, is sensitive to the last digits of z.
/// </summary>
public static class NormalQuantile
{
    /// <summary>Φ⁻¹(p), the lower-tail quantile. −∞ at 0, +∞ at 1, NaN outside [0, 1].</summary>
    public static double Of(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
            return double.NaN;
        if (p == 0)
            return double.NegativeInfinity;
        if (p == 1)
            return double.PositiveInfinity;

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
            return Central(q);

        var r = q < 0 ? p : 1 - p;
        r = Math.Sqrt(-Math.Log(r));
        var value = r <= 5 ? NearTail(r - 1.6) : FarTail(r - 5);
        return q < 0 ? -value : value;
    }

    /// <summary>z = −Φ⁻¹(α/2) with α = 1 − confidenceLevel in double precision, as R's wilcox.test takes it.</summary>
    public static double TwoSidedCritical(double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel,
                "confidenceLevel must lie strictly between 0 and 1.");
        var alpha = 1 - confidenceLevel;
        return -Of(alpha / 2);
    }

    // 0.075 <= p <= 0.925
    private static double Central(double q)
    {
        var r = 0.180625 - q * q;
        var numerator = ((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                + 133.14166789178437745) * r + 3.387132872796366608;
        var denominator = ((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                + 42.313330701600911252) * r + 1.0;
        return q * numerator / denominator;
    }

    // r = sqrt(−log(min(p, 1 − p))) − 1.6, for r before the shift in (1.6, 5]
    private static double NearTail(double r)
    {
        var numerator = ((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                + 4.6303378461565452959) * r + 1.42343711074968357734;
        var denominator = ((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                    + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                + 2.05319162663775882187) * r + 1.0;
        return numerator / denominator;
    }

    // r = sqrt(−log(min(p, 1 − p))) − 5, for r before the shift above 5 (p below about 1.4e-11)
    private static double FarTail(double r)
    {
        var numerator = ((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                    + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                + 5.4637849111641143699) * r + 6.6579046435011037772;
        var denominator = ((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                    + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                + 0.59983220655588793769) * r + 1.0;
        return numerator / denominator;
    }
}
