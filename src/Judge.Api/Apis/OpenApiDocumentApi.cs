namespace Judge.Api.Apis;

/// <summary>GET /openapi.yaml: the hand-written OpenAPI document at the repository root, embedded at build time.</summary>
public static class OpenApiDocumentApi
{
    public const string ResourceName = "openapi.yaml";

    public static IEndpointRouteBuilder MapOpenApiDocumentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/openapi.yaml", () => TypedResults.Bytes(Document.Value, "application/yaml")).WithTags("OpenApi");
        return app;
    }

    private static readonly Lazy<byte[]> Document = new(() =>
    {
        using var stream = typeof(OpenApiDocumentApi).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
