using Judge.Stats.Dependence;

namespace Judge.Stats.Tests.Dependence;

public class EstimatedVarianceWideningTests
{
    [Theory]
    [InlineData(4, 0.98, 2.5942)]     // (t₄ 3.7469 / z 2.3263)²
    [InlineData(30, 0.98, 1.1158)]    // (2.4573 / 2.3263)²
    [InlineData(10, 0.95, 1.2924)]    // (2.2281 / 1.9600)² — R: qt(0.975, 10)
    public void TheFactorIsTheSquaredRatioOfStudentsQuantileToTheNormals(double degreesOfFreedom, double confidence, double factor) =>
        Assert.Equal(factor, EstimatedVarianceWidening.Factor(degreesOfFreedom, confidence), 3);

    [Fact]
    public void ManyDegreesOfFreedomLeaveTheVarianceAlmostAsItIs()
    {
        Assert.InRange(EstimatedVarianceWidening.Factor(100_000, 0.98), 1.0, 1.0001);
        Assert.Equal(EstimatedVarianceWidening.Factor(1, 0.98), EstimatedVarianceWidening.Factor(0.2, 0.98));
    }
}
