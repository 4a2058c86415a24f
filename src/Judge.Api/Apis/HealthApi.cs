using Judge.Api.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Judge.Api.Apis;

/// <summary>
/// /health (Kayenta's actuator shape, every check), /healthz (liveness: the process answers) and /readyz (readiness:
/// storage reachable). DOWN answers 503.
/// </summary>
public static class HealthApi
{
    public const string ReadinessTag = "ready";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = KayentaHealthWriter.WriteAsync }).WithTags("Health");
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = KayentaHealthWriter.WriteAsync }).WithTags("Health");
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
            ResponseWriter = KayentaHealthWriter.WriteAsync,
        }).WithTags("Health");
        return app;
    }
}
