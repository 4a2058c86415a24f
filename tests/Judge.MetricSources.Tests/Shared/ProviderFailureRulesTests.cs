using System.Text.Json;

namespace Judge.MetricSources.Tests.Shared;

public class ProviderFailureRulesTests
{
    private const string Secret = "s3cret-key-123456";

    private static ProviderFailureRules Rules(int maxQuotedLength = 20, Func<string, string?>? explain = null) =>
        new("Acme", [Secret, ""], maxQuotedLength, explain ?? (_ => null));

    [Fact]
    public void Quote_masks_a_secret_before_shortening_so_no_prefix_of_it_survives_the_cut()
    {
        // The secret straddles the 20-character cut: shortening first would leave "s3cre" behind.
        var quoted = Rules().Quote(new string('x', 15) + Secret + " and more");

        Assert.Equal(new string('x', 15) + "*** a…", quoted);
        Assert.DoesNotContain("s3c", quoted);
    }

    [Fact]
    public void Quote_keeps_short_text_whole()
    {
        Assert.Equal("bad query", Rules().Quote("bad query"));
    }

    [Fact]
    public void An_error_body_is_described_by_the_provider_explanation_when_there_is_one()
    {
        var rules = Rules(100, content => content.StartsWith('{') ? $"explained: {Secret}" : null);

        Assert.Equal("explained: ***", rules.DescribeErrorBody("""{"error":"x"}"""));
        Assert.Equal("plain text", rules.DescribeErrorBody("plain text"));
    }

    [Fact]
    public void An_error_body_the_explainer_cannot_parse_is_quoted_as_it_is()
    {
        var rules = Rules(100, content => throw new JsonException("unexpected token"));

        Assert.Equal("<html>502 ***</html>", rules.DescribeErrorBody($"<html>502 {Secret}</html>"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_error_body_says_so(string? content)
    {
        Assert.Equal("(no body)", Rules().DescribeErrorBody(content));
    }

    [Fact]
    public void A_failure_names_metric_and_account_and_masks_every_secret()
    {
        var call = new ProviderCall(Rules(), "cpu", "acct");

        var error = call.Failure($"Acme said {Secret}");

        Assert.Equal("cpu", error.MetricName);
        Assert.Equal("acct", error.AccountName);
        Assert.EndsWith("Acme said ***", error.Message);
        Assert.Null(error.InnerException);
    }
}
