namespace Judge.Api.Http;

/// <summary>
/// Endpoint metadata: a body sent without Content-Type is read as JSON. Argo Rollouts' Web provider posts its
/// <c>body:</c> template with no header unless the template names one, and minimal APIs would answer 415.
/// </summary>
public sealed class UntypedJsonBody
{
    public static readonly UntypedJsonBody Instance = new();

    private UntypedJsonBody()
    {
    }
}

public static class UntypedJsonBodyExtensions
{
    public static TBuilder AcceptingUntypedJson<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(UntypedJsonBody.Instance);

    /// <summary>Runs after routing: gives a typeless body on a marked endpoint the JSON content type.</summary>
    public static IApplicationBuilder UseUntypedJsonBodies(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (string.IsNullOrEmpty(request.ContentType)
            && (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
            && context.GetEndpoint()?.Metadata.GetMetadata<UntypedJsonBody>() is not null)
            request.ContentType = "application/json";
        return next(context);
    });
}
