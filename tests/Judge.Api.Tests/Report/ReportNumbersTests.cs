using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

public sealed class ReportNumbersTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.14, "0.14")]
    [InlineData(0.001234, "0.001234")]
    [InlineData(123.456, "123.5")]
    [InlineData(12345.6, "12346")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1.5e-5, "1.5E-5")]
    [InlineData(2.5e7, "2.5E+7")]
    [InlineData(double.NaN, "n/a")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void Numbers_keep_about_four_significant_digits(double value, string expected) =>
        Assert.Equal(expected, ReportNumbers.Format(value));

    [Fact]
    public void An_absent_number_is_a_dash() => Assert.Equal("–", ReportNumbers.Format(null));

    [Theory]
    [InlineData(1.5, "1.5 (+50%)")]
    [InlineData(0.25, "0.25 (−75%)")]
    [InlineData(1.0, "1 (±0%)")]
    [InlineData(double.NaN, "n/a")]
    public void Ratios_say_the_change_they_stand_for(double ratio, string expected) =>
        Assert.Equal(expected, ReportNumbers.Ratio(ratio));

    [Fact]
    public void Intervals_show_the_estimate_then_the_bounds()
    {
        Assert.Equal("0.07 [0.03, 0.12]", ReportNumbers.Interval(0.07, 0.03, 0.12));
        Assert.Equal("[0.03, 0.12]", ReportNumbers.Interval(null, 0.03, 0.12));
        Assert.Equal("–", ReportNumbers.Interval(null, null, null));
    }

    [Fact]
    public void Durations_and_instants_are_written_in_utc_and_words()
    {
        Assert.Equal("1 h 5 min", ReportNumbers.Duration(TimeSpan.FromMinutes(65)));
        Assert.Equal("0 s", ReportNumbers.Duration(TimeSpan.Zero));
        Assert.Equal("2024-05-01 10:00:00Z", ReportNumbers.Instant(1714557600000));
    }
}
