using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using YamlDotNet.Serialization;

namespace Judge.Api.Tests.Apis;

/// <summary>The hand-written openapi.yaml is what the service serves, and it documents every mapped route and method.</summary>
public sealed partial class OpenApiDocumentTests(JudgeApiFactory factory) : IClassFixture<JudgeApiFactory>
{
    private static string RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return Path.Combine(dir.FullName, name);
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }

    [Fact]
    public async Task Served_document_is_the_repository_file()
    {
        var response = await factory.CreateClient().GetAsync("/openapi.yaml");

        Assert.Equal("application/yaml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(RepositoryFile("openapi.yaml")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_mapped_route_and_method_is_documented()
    {
        var documented = DocumentedOperations();
        var mapped = MappedOperations();

        Assert.NotEmpty(mapped);
        var missing = mapped.Where(op => !documented.Contains(op)).ToList();
        Assert.True(missing.Count == 0, "Not in openapi.yaml: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_documented_operation_is_mapped()
    {
        var mapped = MappedOperations();
        var stale = DocumentedOperations().Where(op => !mapped.Contains(op)).ToList();
        Assert.True(stale.Count == 0, "Documented but not mapped: " + string.Join(", ", stale));
    }

    private HashSet<string> MappedOperations()
    {
        _ = factory.Server; // builds the host
        var operations = new HashSet<string>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // A group's "" route reads "/group/"; routing matches it without the slash, as documented.
            var path = "/" + Constraint().Replace(endpoint.RoutePattern.RawText!.Trim('/'), "}");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            // Endpoints without method metadata (health checks, the scraping endpoint) answer GET.
            foreach (var method in methods is { Count: > 0 } ? methods : ["GET"])
                operations.Add($"{method.ToUpperInvariant()} {path}");
        }
        return operations;
    }

    private static HashSet<string> DocumentedOperations()
    {
        var document = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, object>>(File.ReadAllText(RepositoryFile("openapi.yaml")));
        var operations = new HashSet<string>();
        foreach (var (path, item) in (Dictionary<object, object>)document["paths"])
            foreach (var key in ((Dictionary<object, object>)item).Keys.Cast<string>())
                if (key is "get" or "put" or "post" or "delete" or "patch" or "head" or "options")
                    operations.Add($"{key.ToUpperInvariant()} {path}");
        return operations;
    }

    // "{id:int}" → "{id}"
    [GeneratedRegex(":[^}]*}")]
    private static partial Regex Constraint();
}
