using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Judge.Api.Tests.Repository;

/// <summary>
/// The requests of examples/judge.http that need no Prometheus, sent as written: the config is accepted and the inline
/// judgements give the verdicts their comments promise.
/// </summary>
public sealed partial class JudgeHttpExampleTests
{
    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }

    /// <summary>The named request's method, path (after {{judge}}) and body.</summary>
    private static (string Method, string Path, string Body) Request(string name)
    {
        var text = File.ReadAllText(RepositoryFile("examples/judge.http"));
        var block = text.Split("\n###").Single(b => b.Contains($"# @name {name}\n", StringComparison.Ordinal));
        var lines = block.Split('\n').Skip(1).Where(l => !l.StartsWith('#')).ToList();
        var requestLine = lines.First(l => l.Length > 0).Split(' ', 2);
        var bodyStart = lines.FindIndex(l => l.Length == 0 && lines.IndexOf(l) > lines.FindIndex(x => x.Length > 0));
        var body = string.Join('\n', lines.Skip(bodyStart + 1)).Trim();
        return (requestLine[0], requestLine[1].Replace("{{judge}}", "", StringComparison.Ordinal), body);
    }

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
        using var host = new JudgeApiFactory();
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
        using var host = new JudgeApiFactory();
        await SendAsync(host.CreateClient(), "createConfig");

        var (_, _, config) = Request("createConfig");
        var name = JsonNode.Parse(config)!["name"]!.GetValue<string>();
        Assert.StartsWith($"/canary/{name}/verdict?", Request("verdict").Path);
        Assert.DoesNotContain("2024-01-01", File.ReadAllText(RepositoryFile("examples/judge.http")));
    }
}
