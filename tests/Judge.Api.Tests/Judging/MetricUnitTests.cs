using System.Text.Json.Nodes;
using Judge.Api.Judging;
using Judge.Api.Problems;

namespace Judge.Api.Tests.Judging;

/// <summary>canary.unit: an optional short string the report shows; anything else is a field error naming it.</summary>
public sealed class MetricUnitTests
{
    private static List<FieldError> Errors(string canaryJson)
    {
        var errors = new List<FieldError>();
        AnalysisConfigReader.Read(JsonNode.Parse($"{{\"canary\": {canaryJson}}}")!.AsObject(), "metrics[0].analysisConfigurations", errors);
        return errors;
    }

    [Theory]
    [InlineData("{\"unit\": \"ms\"}", "ms")]
    [InlineData("{\"unit\": \" req/s \"}", "req/s")]
    [InlineData("{}", null)]
    [InlineData("{\"unit\": 3}", null)]
    public void The_report_reads_the_unit_of_a_metric(string canaryJson, string? unit)
    {
        Assert.Equal(unit, MetricUnit.Of(JsonNode.Parse($"{{\"canary\": {canaryJson}}}")!.AsObject()));
    }

    [Fact]
    public void A_valid_unit_is_no_error_and_no_unit_is_none()
    {
        Assert.Empty(Errors("{\"unit\": \"bytes per request\"}"));
        Assert.Null(MetricUnit.Of(null));
    }

    [Theory]
    [InlineData("{\"unit\": 3}", "must be a string.")]
    [InlineData("{\"unit\": \"  \"}", "must not be blank.")]
    [InlineData("{\"unit\": \"a unit that is far too long for any axis title\"}", "must be at most 32 characters.")]
    [InlineData("{\"unit\": \"m\\ns\"}", "must not contain control characters.")]
    public void A_unit_that_is_not_a_short_string_is_a_field_error(string canaryJson, string message)
    {
        var error = Assert.Single(Errors(canaryJson));
        Assert.Equal(new FieldError("metrics[0].analysisConfigurations.canary.unit", message), error);
    }
}
