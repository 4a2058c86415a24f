using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Problems;

namespace Judge.Api.Tests.Apis;

/// <summary>A value of the wrong JSON type is a 400 naming its JSON path and the JSON type expected, never a .NET type.</summary>
public sealed class JsonTypeMismatchTests(JudgeApiFactory factory) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task A_string_where_a_pair_object_belongs_names_the_path_and_json_type()
    {
        var body = new JsonObject { ["canaryConfig"] = Samples.Config(), ["metricSetPairs"] = new JsonArray("not-a-pair") };

        var problem = await ProblemAssert.IsProblem(
            await factory.CreateClient().PostAsJsonAsync("/judges/judge/inline", body), HttpStatusCode.BadRequest, "metricSetPairs[0]");

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("metricSetPairs[0]", detail);
        Assert.Contains("not an object", detail);
        Assert.DoesNotContain("Judge.Api", problem.ToString());
        Assert.DoesNotContain("System.", problem.ToString());
    }

    [Theory]
    [InlineData("Judge.Api.Model.MetricSetPair", "an object")]
    [InlineData("System.Collections.Generic.List`1[Judge.Api.Model.MetricSetPair]", "an array")]
    [InlineData("System.Collections.Generic.IReadOnlyList`1[System.String]", "an array")]
    [InlineData("System.String", "a string")]
    [InlineData("System.Double", "a number")]
    [InlineData("System.Nullable`1[System.Int64]", "a number")]
    [InlineData("System.Boolean", "true or false")]
    [InlineData("System.Collections.Generic.Dictionary`2[System.String,System.Double]", "an object")]
    public void Dotnet_types_read_as_json_types(string dotnet, string json) => Assert.Equal(json, JsonTypeNames.Expected(dotnet));
}
