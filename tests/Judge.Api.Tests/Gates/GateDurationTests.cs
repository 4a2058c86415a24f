using Judge.Api.Gates;

namespace Judge.Api.Tests.Gates;

public sealed class GateDurationTests
{
    [Theory]
    [InlineData("5m", 300)]
    [InlineData("90s", 90)]
    [InlineData("1h30m", 5400)]
    [InlineData("250ms", 0.25)]
    [InlineData("1.5m", 90)]
    [InlineData("PT5M", 300)]
    [InlineData("PT1H30M", 5400)]
    public void Reads_Go_and_ISO_durations(string text, double seconds)
    {
        Assert.True(GateDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("five minutes")]
    [InlineData("0s")]
    [InlineData("-5m")]
    [InlineData("5d")]
    [InlineData("PT0S")]
    [InlineData("P")]
    public void Refuses_anything_else(string text) => Assert.False(GateDuration.TryParse(text, out _));
}

public sealed class ScopeTemplateTests
{
    private static readonly Dictionary<string, string> Payload = new() { ["name"] = "podinfo", ["namespace"] = "test" };

    [Theory]
    [InlineData("${name}-primary", "podinfo-primary")]
    [InlineData("${namespace}/${name}", "test/podinfo")]
    [InlineData("plain", "plain")]
    public void Fills_the_payload_variables(string template, string expected) =>
        Assert.Equal(expected, ScopeTemplate.Expand(template, Payload));

    [Fact]
    public void Names_an_unknown_variable() =>
        Assert.Contains("${nmae}", Assert.Throws<FormatException>(() => ScopeTemplate.Expand("${nmae}", Payload)).Message);

    [Fact]
    public void Refuses_an_unclosed_placeholder() =>
        Assert.Throws<FormatException>(() => ScopeTemplate.Expand("${name", Payload));
}

public sealed class LookbackWindowTests
{
    [Fact]
    public void Ends_at_now_floored_to_the_step()
    {
        var window = LookbackWindow.EndingAt(DateTimeOffset.Parse("2024-01-01T01:00:07Z"), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(15));

        Assert.Equal(DateTimeOffset.Parse("2024-01-01T01:00:00Z"), window.End);
        Assert.Equal(DateTimeOffset.Parse("2024-01-01T00:55:00Z"), window.Start);
    }
}
