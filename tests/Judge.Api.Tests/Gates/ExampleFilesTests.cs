using System.Net;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Judge.Api.Tests.Gates;

/// <summary>The files under examples/flagger and examples/argo-rollouts stay usable: the config is accepted, the YAML parses.</summary>
public sealed class ExampleFilesTests
{
    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }

    [Fact]
    public async Task The_flagger_example_config_is_a_valid_canary_config()
    {
        await using var host = new JudgeApiFactory();
        var json = await File.ReadAllTextAsync(RepositoryFile("examples/flagger/podinfo-gate.json"));

        using var response = await host.CreateClient().PostAsync("/canaryConfig", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("examples/flagger/canary.yaml", "Canary")]
    [InlineData("examples/argo-rollouts/analysis-template-kayenta.yaml", "AnalysisTemplate")]
    [InlineData("examples/argo-rollouts/analysis-template-web.yaml", "AnalysisTemplate")]
    public void The_manifests_parse_and_name_their_kind(string path, string kind)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryFile(path))));

        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        Assert.Equal(kind, ((YamlScalarNode)root.Children[new YamlScalarNode("kind")]).Value);
    }

    [Fact]
    public void The_flagger_webhooks_point_at_the_gate_and_name_a_config()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryFile("examples/flagger/canary.yaml"))));
        var hooks = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)
            .Children[new YamlScalarNode("spec")]).Children[new YamlScalarNode("analysis")]).Children[new YamlScalarNode("webhooks")];

        Assert.All(hooks.Children.Cast<YamlMappingNode>(), hook =>
        {
            Assert.EndsWith("/gates/flagger", ((YamlScalarNode)hook.Children[new YamlScalarNode("url")]).Value);
            var metadata = (YamlMappingNode)hook.Children[new YamlScalarNode("metadata")];
            Assert.Equal("podinfo-gate", ((YamlScalarNode)metadata.Children[new YamlScalarNode("canaryConfigName")]).Value);
            // Flagger's metadata is a map of strings: every value must be a scalar.
            Assert.All(metadata.Children.Values, v => Assert.IsType<YamlScalarNode>(v));
        });
    }
}
