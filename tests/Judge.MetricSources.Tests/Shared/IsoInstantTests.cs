namespace Judge.MetricSources.Tests.Shared;

public class IsoInstantTests
{
    [Theory]
    [InlineData(1_620_785_040_000L, "2021-05-12T02:04:00Z")]
    [InlineData(1_620_785_040_500L, "2021-05-12T02:04:00.500Z")]
    [InlineData(1_620_785_040_007L, "2021-05-12T02:04:00.007Z")]
    [InlineData(0L, "1970-01-01T00:00:00Z")]
    public void Writes_epoch_milliseconds_like_java_instant(long epochMillis, string expected)
    {
        Assert.Equal(expected, IsoInstant.Format(epochMillis));
    }

    [Fact]
    public void Writes_sub_millisecond_fractions_in_groups_of_three_digits()
    {
        var whole = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal("2024-03-01T12:00:00.000120Z", IsoInstant.Format(whole.AddTicks(1_200)));
        Assert.Equal("2024-03-01T12:00:00.000000100Z", IsoInstant.Format(whole.AddTicks(1)));
    }

    [Fact]
    public void Writes_an_offset_instant_in_utc()
    {
        var local = new DateTimeOffset(2024, 3, 1, 14, 30, 0, TimeSpan.FromHours(2));

        Assert.Equal("2024-03-01T12:30:00Z", IsoInstant.Format(local));
    }
}
