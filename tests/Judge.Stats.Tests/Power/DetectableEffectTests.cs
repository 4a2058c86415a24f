using Judge.Stats.Power;

namespace Judge.Stats.Tests.Power;

/// <summary>
/// The detectable effect worked by hand: at 98 % confidence z = 2.3263479, and the 80 % power quantile is 0.8416212.
/// </summary>
public class DetectableEffectTests
{
    private const double Z98 = 2.3263478740408408;
    private const double Power80 = 0.8416212335729143;

    [Fact]
    public void AnIntervalsHalfWidthOverZIsTheStandardErrorScaledByTheToleranceAndPower()
    {
        // Interval 8 … 12 around a location of 50: SE = 2/z; shift = SE·(z/(1 − 0.1) + z₀.₈); relative to |50|.
        var se = 2 / Z98;
        var expected = se * (Z98 / 0.9 + Power80) / 50;

        Assert.Equal(expected, DetectableEffect.OfInterval(8, 12, 50, 0.98, 0.1), 12);
        Assert.Equal(expected, DetectableEffect.OfInterval(8, 12, -50, 0.98, 0.1), 12); // the size of the location only
    }

    [Fact]
    public void AZeroLocationOrAnUnboundedIntervalCannotDetectAnything()
    {
        Assert.Equal(double.PositiveInfinity, DetectableEffect.OfInterval(-1, 1, 0, 0.98, 0.1));
        Assert.Equal(double.PositiveInfinity, DetectableEffect.OfInterval(3, 3, 0, 0.98, 0.1)); // not 0/0
        Assert.Equal(double.PositiveInfinity, DetectableEffect.OfInterval(double.NegativeInfinity, 1, 5, 0.98, 0.1));
        Assert.Equal(double.PositiveInfinity, DetectableEffect.OfInterval(-1, double.PositiveInfinity, 5, 0.98, 0.1));
    }

    [Fact]
    public void ALogStandardErrorGivesTheRelativeIncreaseOfItsDetectableShift()
    {
        var expected = Math.Exp(0.2 * (Z98 / (1 - 0.2) + Power80)) - 1;

        Assert.Equal(expected, DetectableEffect.OfLogStandardError(0.2, 0.98, 0.2), 12);
        Assert.Equal(0.0, DetectableEffect.OfLogStandardError(0, 0.98, 0.2));
    }
}
