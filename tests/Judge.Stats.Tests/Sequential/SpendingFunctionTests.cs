using Judge.Stats.Sequential;

namespace Judge.Stats.Tests.Sequential;

/// <summary>
/// The Pocock-type spending functions of the early-pass side. Two-look critical values checked against an independent
/// computation: Simpson integration of the bivariate normal of (Z₁, Z₂) with correlation √t₁ (20,000 panels) and
/// bisection, in Python; Pocock-type at (½, 1), α = 5 % also matches the published 2.157, 2.201.
/// </summary>
public sealed class SpendingFunctionTests
{
    [Fact]
    public void Pocock_type_spends_alpha_times_the_log_of_one_plus_e_minus_one_times_t()
    {
        Assert.Equal(0.02 * Math.Log(1 + (Math.E - 1) * 0.3), SpendingBoundary.Spent(0.3, 0.02, SpendingFunction.Pocock), 15);
        Assert.Equal(0.02, SpendingBoundary.Spent(1, 0.02, SpendingFunction.Pocock));
        Assert.Equal(0, SpendingBoundary.Spent(0, 0.02, SpendingFunction.Pocock));
    }

    [Fact]
    public void From_a_quarter_spends_nothing_up_to_a_quarter_then_pocock_over_the_rest()
    {
        Assert.Equal(0, SpendingBoundary.Spent(0.25, 0.02, SpendingFunction.PocockFromQuarter));
        Assert.Equal(0, SpendingBoundary.Spent(0.1, 0.02, SpendingFunction.PocockFromQuarter));
        Assert.Equal(SpendingBoundary.Spent(1 / 3.0, 0.02, SpendingFunction.Pocock),
            SpendingBoundary.Spent(0.5, 0.02, SpendingFunction.PocockFromQuarter), 15);
        Assert.Equal(0.02, SpendingBoundary.Spent(1, 0.02, SpendingFunction.PocockFromQuarter));
    }

    [Theory]
    [InlineData(SpendingFunction.Pocock, 0.5, 0.05, 2.156999, 2.200977)]
    [InlineData(SpendingFunction.Pocock, 0.3, 0.02, 2.639016, 2.484796)]
    [InlineData(SpendingFunction.PocockFromQuarter, 0.5, 0.02, 2.609908, 2.468179)]
    public void Two_look_critical_values_match_an_independent_integration(SpendingFunction function, double first, double alpha,
        double expectedFirst, double expectedSecond)
    {
        var critical = SpendingBoundary.CriticalValues([first, 1.0], alpha, function);

        Assert.Equal(expectedFirst, critical[0], 4);
        Assert.Equal(expectedSecond, critical[1], 3);
    }

    [Fact]
    public void A_look_before_a_quarter_is_held_to_an_interval_no_data_clear()
    {
        var plan = SequentialPlan.For([10, 20, 30, 40, 50, 60], cumulative: true, 0.98, SpendingFunction.PocockFromQuarter);

        Assert.Equal(SpendingBoundary.MaxConfidence, plan[0].ConfidenceLevel);
        Assert.All(plan.Skip(1), b => Assert.InRange(b.ConfidenceLevel, 0.98, 0.999));
    }

    [Fact]
    public void Pocock_type_holds_equally_spaced_looks_to_nearly_the_same_critical_value()
    {
        var critical = SpendingBoundary.CriticalValues([0.2, 0.4, 0.6, 0.8, 1.0], 0.05, SpendingFunction.Pocock);

        Assert.True(critical.Max() - critical.Min() < 0.1, string.Join(", ", critical));
        Assert.True(critical.Zip(critical.Skip(1)).All(p => p.First >= p.Second), "the Pocock-type boundary never rises");
    }
}
