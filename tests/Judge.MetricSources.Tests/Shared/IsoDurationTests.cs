namespace Judge.MetricSources.Tests.Shared;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData(3600, "PT1H")]
    [InlineData(5400, "PT1H30M")]
    [InlineData(86400, "PT24H")]
    [InlineData(61, "PT1M1S")]
    [InlineData(0, "PT0S")]
    public void Durations_are_written_as_java_time_writes_them(int seconds, string expected) =>
        Assert.Equal(expected, IsoDuration.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Fractions_of_a_second_are_kept() => Assert.Equal("PT0.5S", IsoDuration.Format(TimeSpan.FromMilliseconds(500)));
}
