using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Validation;

/// <summary>Judge:Limits bounds the fields a stored config carries (400 naming the field), and ids match their whole pattern.</summary>
public sealed class StoredFieldLimitTests(JudgeApiFactory factory) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task An_oversized_description_is_refused_naming_the_field()
    {
        var config = Samples.Config("long-description");
        config["description"] = new string('x', 8 * 1024 + 1);

        var problem = await ProblemAssert.IsProblem(
            await factory.CreateClient().PostAsJsonAsync("/canaryConfig", config), HttpStatusCode.BadRequest, "description");
        Assert.Contains("Judge:Limits:MaxDescriptionLength", problem.ToString());
    }

    [Fact]
    public async Task A_description_at_the_limit_is_stored()
    {
        var config = Samples.Config("description-at-limit");
        config["description"] = new string('x', 8 * 1024);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/canaryConfig", config)).StatusCode);
    }

    [Fact]
    public async Task Oversized_application_and_metric_names_are_refused_naming_the_field()
    {
        var config = Samples.Config("long-names", new string('a', 257));
        config["metrics"]![0]!["name"] = new string('m', 257);

        var response = await factory.CreateClient().PostAsJsonAsync("/canaryConfig", config);

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "applications[0]");
    }

    [Theory]
    [InlineData("/canaryConfig/abc%0A")]
    [InlineData("/canary/abc%0A")]
    public async Task An_id_with_a_trailing_newline_is_invalid(string path)
    {
        await ProblemAssert.IsProblem(await factory.CreateClient().GetAsync(path), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_config_name_with_a_trailing_newline_is_invalid()
    {
        var config = Samples.Config("newline-name\n");

        await ProblemAssert.IsProblem(await factory.CreateClient().PostAsJsonAsync("/canaryConfig", config), HttpStatusCode.BadRequest, "name");
    }
}
