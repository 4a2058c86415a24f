using MathNet.Numerics.Distributions;
using Judge.Stats.Dependence;

namespace Judge.Stats.Tests.Dependence;

public class EstimatedVarianceWideningTests
{
    [Theory]
    [InlineData(3, 0.98, 3.8098)]     // (t₃ 4.5407 / z 2.3263)², below the series: exact
    [InlineData(30, 0.98, 1.1158)]    // (2.4573 / 2.3263)²
    [InlineData(10, 0.95, 1.2924)]    // (2.2281 / 1.9600)² — R: qt(0.975, 10)
    public void TheFactorIsTheSquaredRatioOfStudentsQuantileToTheNormals(double degreesOfFreedom, double confidence, double factor) =>
        Assert.Equal(factor, EstimatedVarianceWidening.Factor(degreesOfFreedom, confidence), 3);

    [Theory]
    [InlineData(4.0)]
    [InlineData(4.5)]
    [InlineData(7.0)]
    [InlineData(20.0)]
    [InlineData(200.0)]
    public void TheSeriesAgreesWithTheExactQuantileWhereItIsUsed(double degreesOfFreedom)
    {
        foreach (var confidence in new[] { 0.9, 0.95, 0.98, 0.99 })
        {
            var t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - (1 - confidence) / 2);
            var exact = Math.Pow(t / MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2), 2);
            Assert.Equal(1.0, EstimatedVarianceWidening.Factor(degreesOfFreedom, confidence) / exact, 2);
        }
    }

    // Abramowitz & Stegun 26.7.5 stops at g₄/ν⁴, so its error is of the order of the first omitted term,
    // g₅(z)/ν⁵ with g₅ = (27z¹¹ + 339z⁹ + 930z⁷ − 1782z⁵ − 765z³ + 17955z)/368640: the factor (t/z)² must lie within
    // twice that term's relative size (2·2·|g₅|/ν⁵/t) of the exact one. Where the terms are small against the
    // omission (ν ≥ 6, moderate z) this sees every g₃ and g₄ coefficient, which a 2-decimal comparison cannot.
    [Theory]
    [InlineData(6.0)]
    [InlineData(8.0)]
    [InlineData(12.0)]
    [InlineData(20.0)]
    public void TheSeriesIsAccurateToItsFirstOmittedTerm(double degreesOfFreedom)
    {
        foreach (var confidence in new[] { 0.5, 0.8, 0.9, 0.95 })
        {
            var z = Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);
            var t = ExactUpperQuantile(degreesOfFreedom, (1 - confidence) / 2);
            var exact = t / z * (t / z);
            var omitted = (27 * Math.Pow(z, 11) + 339 * Math.Pow(z, 9) + 930 * Math.Pow(z, 7) - 1782 * Math.Pow(z, 5)
                - 765 * Math.Pow(z, 3) + 17955 * z) / 368640 / Math.Pow(degreesOfFreedom, 5);
            var error = Math.Abs(EstimatedVarianceWidening.Factor(degreesOfFreedom, confidence) / exact - 1);
            Assert.True(error <= 4 * Math.Abs(omitted) / t,
                $"ν = {degreesOfFreedom}, confidence {confidence}: relative error {error:e2}, first omitted term {2 * Math.Abs(omitted) / t:e2}");
        }
    }

    // Below 4 degrees of freedom the factor comes from a bisection on Student's CDF: it must match the closed forms
    // (ν = 1, Cauchy: t = tan(π(1/2 − p)); ν = 2: t = 2a·√2/√(1 − 4a²) with a = 1/2 − p) to 1e-9.
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.98)]
    [InlineData(0.999)]
    public void BelowTheSeriesTheFactorIsExact(double confidence)
    {
        var p = (1 - confidence) / 2;
        var z = Normal.InvCDF(0, 1, 1 - p);
        var cauchy = Math.Tan(Math.PI * (0.5 - p));
        var a = 0.5 - p;
        var two = 2 * a * Math.Sqrt(2) / Math.Sqrt(1 - 4 * a * a);
        Assert.Equal(1.0, EstimatedVarianceWidening.Factor(1, confidence) / Math.Pow(cauchy / z, 2), 1e-9);
        Assert.Equal(1.0, EstimatedVarianceWidening.Factor(2, confidence) / Math.Pow(two / z, 2), 1e-9);
        var three = ExactUpperQuantile(3.5, p);
        Assert.Equal(1.0, EstimatedVarianceWidening.Factor(3.5, confidence) / Math.Pow(three / z, 2), 1e-9);
    }

    // Student's quantile by definition: the t whose upper tail is p, bisected on MathNet's CDF to 1e-14.
    private static double ExactUpperQuantile(double nu, double p)
    {
        double low = 0, high = 1000;
        for (var i = 0; i < 200 && high - low > 1e-14 * high; i++)
        {
            var mid = (low + high) / 2;
            if (StudentT.CDF(0, 1, nu, -mid) > p)
                low = mid;
            else
                high = mid;
        }
        return (low + high) / 2;
    }

    [Fact]
    public void ManyDegreesOfFreedomLeaveTheVarianceAlmostAsItIs()
    {
        Assert.InRange(EstimatedVarianceWidening.Factor(100_000, 0.98), 1.0, 1.0001);
        Assert.Equal(EstimatedVarianceWidening.Factor(1, 0.98), EstimatedVarianceWidening.Factor(0.2, 0.98));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void ExtremeConfidenceWithFewDegreesOfFreedomIsFinite(double degreesOfFreedom)
    {
        // A sequential analysis' first look is held to 1 − 1e-12: t₁ there is about 3.2e11.
        var factor = EstimatedVarianceWidening.Factor(degreesOfFreedom, 1 - 1e-12);
        Assert.True(double.IsFinite(factor) && factor > 1, $"factor {factor}");
    }
}
