using Judge.Api.Apis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Judge.Api.Auth;

/// <summary>
/// The role each route needs, decided once per endpoint from its path and methods: health checks and the report's
/// static assets are open, /metrics needs read unless Judge:Auth:OpenMetrics, /credentials needs admin, GET needs
/// read and every other method write.
/// </summary>
public static class RouteAccess
{
    private static readonly string[] OpenPaths = ["/health", "/healthz", "/readyz"];

    /// <summary>Stored data that belongs to no application: only callers not limited to applications use these routes.</summary>
    private static readonly string[] UnscopedPrefixes = ["/metricSetPairList", "/metricSetList", "/fetch/"];

    /// <summary>True when <paramref name="pattern"/> reaches data of no particular application (stored lists, raw fetches, stored-pair judging).</summary>
    public static bool NeedsAllApplications(string pattern)
    {
        var path = "/" + pattern.Trim('/');
        return UnscopedPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || path.Equals("/judges/judge", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The role <paramref name="pattern"/> needs with <paramref name="methods"/>; null when it is open.</summary>
    public static CallerRole? Needed(string pattern, IReadOnlyCollection<string> methods, bool openMetrics)
    {
        var path = "/" + pattern.Trim('/');
        if (OpenPaths.Contains(path, StringComparer.OrdinalIgnoreCase)) return null;
        if (path.StartsWith(ReportAssetsApi.AssetsPath + "/", StringComparison.OrdinalIgnoreCase)) return null;
        if (path.Equals("/metrics", StringComparison.OrdinalIgnoreCase)) return openMetrics ? null : CallerRole.Read;
        if (path.Equals("/credentials", StringComparison.OrdinalIgnoreCase)) return CallerRole.Admin;
        var readOnly = methods.Count == 0 || methods.All(m => m is "GET" or "HEAD");
        return readOnly ? CallerRole.Read : CallerRole.Write;
    }

    /// <summary>The convention a route group applies to each of its endpoints.</summary>
    public static void Apply(EndpointBuilder endpoint, bool openMetrics)
    {
        if (endpoint is not RouteEndpointBuilder route) return;
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
        var pattern = route.RoutePattern.RawText ?? RoutePatternText(route.RoutePattern);
        var needed = Needed(pattern, methods.ToList(), openMetrics);
        endpoint.Metadata.Add(needed is { } role
            ? new AuthorizeAttribute(RolePolicies.For(role, NeedsAllApplications(pattern)))
            : new AllowAnonymousAttribute());
    }

    private static string RoutePatternText(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => "",
        }))));
}
