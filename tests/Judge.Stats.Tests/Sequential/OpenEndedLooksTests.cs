using Judge.Stats.Sequential;

namespace Judge.Stats.Tests.Sequential;

public sealed class OpenEndedLooksTests
{
    [Theory]
    [InlineData(1, 0.99, 2.575829)]   // α/2 = 1 % two-sided; critical values from Python's statistics.NormalDist
    [InlineData(2, 0.996667, 2.935199)] // α/6
    [InlineData(9, 0.999778, 3.692315)] // α/90
    public void Look_k_spends_alpha_over_k_times_k_plus_one(int look, double confidence, double critical)
    {
        var boundary = OpenEndedLooks.For(look, 0.98);

        Assert.Equal(1 - 0.02 / (look * (look + 1.0)), boundary.ConfidenceLevel, 12);
        Assert.Equal(confidence, boundary.ConfidenceLevel, 6);
        Assert.Equal(critical, boundary.CriticalValue, 4);
        Assert.Equal(look, boundary.Look);
        Assert.Equal(0, boundary.Looks);
    }

    [Fact]
    public void The_shares_of_any_number_of_looks_add_up_to_at_most_alpha()
    {
        var spent = Enumerable.Range(1, 10_000).Sum(k => 1 - OpenEndedLooks.For(k, 0.98).ConfidenceLevel);

        Assert.InRange(spent, 0.02 * (1 - 1.0 / 10_001) - 1e-9, 0.02);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OpenEndedLooks.For(0, 0.98));
        Assert.Throws<ArgumentOutOfRangeException>(() => OpenEndedLooks.For(1, 1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void A_confidence_level_outside_the_open_interval_is_refused_by_name(double confidenceLevel)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => OpenEndedLooks.For(1, confidenceLevel));
        Assert.Equal("confidenceLevel", refused.ParamName);
        Assert.StartsWith("confidenceLevel must lie strictly between 0 and 1", refused.Message);
    }
}
