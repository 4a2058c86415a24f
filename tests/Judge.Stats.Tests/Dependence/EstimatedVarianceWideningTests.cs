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
