using Judge.Stats.Configuration;
using Judge.Stats.Judging;
using Judge.Stats.Results;

namespace Judge.Stats.Tests.Judging;

/// <summary>The relative wording's number formats, from their documented forms.</summary>
public class RelativeTermsTests
{
    [Fact]
    public void RatiosHaveThreeDecimalsAndWordsForTheUndefinedAndUnbounded()
    {
        Assert.Equal("1.235", RelativeTerms.Ratio(1.23456));
        Assert.Equal("∞", RelativeTerms.Ratio(double.PositiveInfinity));
        Assert.Equal("undefined", RelativeTerms.Ratio(double.NaN));
    }

    [Fact]
    public void PercentagesKeepOneDecimalFromOnePercentAndThreeBelow()
    {
        Assert.Equal("1.2 %", RelativeTerms.Percent(0.0123));
        Assert.Equal("0.13 %", RelativeTerms.Percent(0.0013));
        Assert.Equal("-0.13 %", RelativeTerms.Percent(-0.0013, signed: true));
        Assert.Equal("+12.3 %", RelativeTerms.Percent(0.123, signed: true));
    }

    [Fact]
    public void AnUnboundedEffectIsWrittenWithoutAPercentage()
    {
        var d = new ShiftDecision(MetricVerdicts.High, false, true, false, 0.001, 0.5, double.PositiveInfinity, 1.0, 0, 0,
            Direction.Either, EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio), double.PositiveInfinity, double.NaN, 0.98,
            new BaselineLocation(0, "mean"));
        Assert.Equal("rate ratio ∞", RelativeTerms.Effect(d, "rate ratio"));
        Assert.Equal("rate ratio 2 (+100 %)", RelativeTerms.Effect(d with { Effect = 2.0 }, "rate ratio"));
    }

    [Fact]
    public void ABaselineOfZeroKeepsTheUnitsAndAZeroShiftHasNoSign()
    {
        var d = new ShiftDecision(MetricVerdicts.Pass, false, false, false, 1.0, -1, 1, 0, -0.0, 0,
            Direction.Either, EffectSizeConfig.Default(EffectSizeMeasure.MeanRatio), 1.0, 1.0, 0.98, new BaselineLocation(0, "mean"));
        Assert.Equal("shift 0, 98 % CI -1 … +1, p = 1, tolerance ±0 (the baseline is 0)", RelativeTerms.Shift(d));
    }
}
