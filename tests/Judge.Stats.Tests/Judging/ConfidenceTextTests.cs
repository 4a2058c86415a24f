using Judge.Stats.Judging;

namespace Judge.Stats.Tests.Judging;

public class ConfidenceTextTests
{
    [Theory]
    [InlineData(0.98, "98 %")]
    [InlineData(0.95, "95 %")]
    [InlineData(0.999, "99.9 %")]
    [InlineData(0.9999837201441616, "99.9983 %")]
    [InlineData(0.9999999994400057, "99.999999944 %")]
    [InlineData(0.5, "50 %")]
    public void LevelsKeepTheDecimalsThatMatterAndNeverRoundUpTo100(double level, string text) =>
        Assert.Equal(text, ConfidenceText.Percent(level));
}
