using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Judge.Api.Tests.Repository;

/// <summary>
/// The requests of examples/judge.http that need no Prometheus, sent as written: the config is accepted and the inline
/// judgements give the verdicts their comments promise. The Prometheus ones are replayed by WalkthroughTests.
/// </summary>
public sealed partial class JudgeHttpExampleTests
{
    private static (string Method, string Path, string Body) Request(string name) => JudgeHttpFile.Request(name);

    private static async Task<JsonObject> SendAsync(HttpClient http, string name)
    {
        var (method, path, body) = Request(name);
        Assert.DoesNotMatch(Variable(), path + body);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    [GeneratedRegex(@"\{\{")]
    private static partial Regex Variable();

    [Fact]
    public async Task The_inline_examples_give_the_verdicts_their_comments_promise()
    {
        await using var host = new JudgeApiFactory();
        var http = host.CreateClient();

        var identical = await SendAsync(http, "inlineIdentical");
        var doubled = await SendAsync(http, "inlineDoubled");

        Assert.Equal("Pass", identical["score"]!["classification"]!.GetValue<string>());
        Assert.Equal(100.0, identical["score"]!["score"]!.GetValue<double>());
        Assert.Equal("ungrouped", identical["groupScores"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Fail", doubled["score"]!["classification"]!.GetValue<string>());
        Assert.Equal(0.0, doubled["score"]!["score"]!.GetValue<double>());
        Assert.Equal("High", doubled["results"]![0]!["classification"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_example_config_is_accepted_and_its_verdict_route_names_it()
    {
        await using var host = new JudgeApiFactory();
        await SendAsync(host.CreateClient(), "createConfig");

        var (_, _, config) = Request("createConfig");
        var name = JsonNode.Parse(config)!["name"]!.GetValue<string>();
        Assert.StartsWith($"/canary/{name}/verdict?", Request("verdict").Path);
        Assert.DoesNotContain("2024-01-01", JudgeHttpFile.Text());
    }
}
