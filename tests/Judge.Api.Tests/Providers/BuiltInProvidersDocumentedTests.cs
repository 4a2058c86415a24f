using Judge.Api.Hosting;
using YamlDotNet.Serialization;

namespace Judge.Api.Tests.Providers;

/// <summary>
/// openapi.yaml is hand-written and served as is, so it documents the built-in providers only: its account type, query
/// type and fetch-route enums are exactly the built-in descriptors' types, in registration order.
/// </summary>
public sealed class BuiltInProvidersDocumentedTests
{
    private static readonly Dictionary<object, object> Document = LoadDocument();

    private static Dictionary<object, object> LoadDocument()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(dir.FullName, "openapi.yaml")));
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }

    private static object At(object node, params object[] path) =>
        path.Aggregate(node, (current, step) => step is int index ? ((List<object>)current)[index] : ((Dictionary<object, object>)current)[step]);

    private static IEnumerable<string> Enum(object schema) => ((List<object>)At(schema, "enum")).Cast<string>();

    [Fact]
    public void Account_types_are_the_built_in_descriptors()
    {
        var schema = At(Document, "components", "schemas", "Account", "properties", "type");

        Assert.Equal(BuiltInProviders.AccountTypes.Names, Enum(schema));
    }

    [Fact]
    public void Query_types_and_fetch_providers_are_the_built_in_metric_sources()
    {
        var metricSources = BuiltInProviders.MetricSources.Select(s => s.Type).ToList();
        var queryType = At(Document, "components", "schemas", "MetricQueryConfig", "properties", "type");
        var provider = At(Document, "paths", "/fetch/{provider}/query", "post", "parameters", 0, "schema");

        Assert.Equal(metricSources, Enum(queryType));
        Assert.Equal(metricSources, Enum(provider));
    }
}
