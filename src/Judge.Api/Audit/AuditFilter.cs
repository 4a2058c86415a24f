using Judge.Api.Auth;
using Judge.Api.Execution;
using Judge.Api.Model;
using Judge.Api.StandaloneAnalyses;

namespace Judge.Api.Audit;

/// <summary>
/// One structured log line per mutating request (every method but GET/HEAD): caller name, action, route, resource id,
/// application and the status answered. Never a body, a header or a query string, so never a key or token.
/// </summary>
public sealed class AuditFilter(ILogger<AuditFilter> logger) : IEndpointFilter
{
    private static readonly string[] IdRouteValues =
        ["id", "canaryConfigId", "canaryExecutionId", "canaryAnalysisExecutionId", "metricSetListId", "metricSetPairListId"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return await next(context);

        object? result = null;
        try
        {
            result = await next(context);
            return result;
        }
        finally
        {
            while (result is INestedHttpResult nested) result = nested.Result; // Results<…> unions
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
            // A group's "" route reads "/group/": shown as routing matches it, without the slash.
            var route = "/" + ((http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "").Trim('/');
            logger.LogInformation(
                "audit: {Caller} {Action} {Route} resource={ResourceId} application={Application} status={Status}",
                Caller.From(http.User)?.Name ?? "unauthenticated",
                AuditAction.Of(http.Request.Method, http.Request.Path.Value ?? ""),
                $"{http.Request.Method} {route}",
                ResourceId(http, result) ?? "-",
                Application(context) ?? "-",
                status);
        }
    }

    // The id a response names, else the one the route names (an update, a cancel, a delete).
    private static string? ResourceId(HttpContext http, object? result)
    {
        switch ((result as IValueHttpResult)?.Value)
        {
            case IResourceIdResponse response: return response.ResourceId;
            case Gates.GateVerdict verdict: return verdict.CanaryExecutionId;
        }
        return IdRouteValues.Select(k => http.Request.RouteValues[k] as string).FirstOrDefault(v => v is not null);
    }

    private static string? Application(EndpointFilterInvocationContext context)
    {
        if (AuditApplication.Recorded(context.HttpContext) is { } recorded) return recorded;
        if (context.HttpContext.Request.Query["application"].ToString() is { Length: > 0 } query) return query;
        foreach (var argument in context.Arguments)
        {
            var config = argument switch
            {
                CanaryConfig c => c,
                AdHocCanaryExecution a => a.CanaryConfig,
                AdHocStandaloneAnalysisRequest a => a.CanaryConfig,
                _ => null,
            };
            if (config?.Applications is { Count: > 0 } applications) return string.Join(",", applications);
        }
        return null;
    }
}
