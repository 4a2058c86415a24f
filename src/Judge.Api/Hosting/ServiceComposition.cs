using Judge.Api.Apis;
using Judge.Api.Audit;
using Judge.Api.Auth;
using Judge.Api.Configs;
using Judge.Api.Execution;
using Judge.Api.Gates;
using Judge.Api.Health;
using Judge.Api.Http;
using Judge.Api.Json;
using Judge.Api.Judging;
using Judge.Api.Limits;
using Judge.Api.Problems;
using Judge.Api.RateLimits;
using Judge.Api.Report;
using Judge.Api.StandaloneAnalyses;
using Judge.Api.Storage;
using Judge.Api.Telemetry;
using Judge.Api.Validation;
using Judge.MetricSources.Accounts;
using Judge.Stats.Judging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Judge.Api.Hosting;

/// <summary>The service's composition: <c>builder.AddJudge()</c> registers everything, <c>app.MapJudge()</c> maps every route.</summary>
public static class ServiceComposition
{
    public static WebApplicationBuilder AddJudge(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var judgeSection = builder.Configuration.GetSection("Judge");

        services.AddBuiltInProviders();
        builder.Host.UseServiceProviderFactory(new AccountsServiceProviderFactory(judgeSection, builder.Environment.IsDevelopment()));
        services.AddSingleton<HostJson>();
        services.AddSingleton<DocumentStorage>();
        services.AddSingleton<ReportJson>();
        services.AddJudgeAuth(builder.Configuration);
        services.AddJudgeRateLimits(builder.Configuration);
        services.AddOptions<RequestLimits>().Bind(builder.Configuration.GetSection(RequestLimits.Section))
            .Validate(l => l.MaxBodyBytes > 0 && l.MaxMetrics > 0 && l.MaxSeriesLength > 0 && l.MaxNameLength > 0 && l.MaxDescriptionLength > 0,
                "Judge:Limits: MaxBodyBytes, MaxMetrics, MaxSeriesLength, MaxNameLength and MaxDescriptionLength must be greater than 0.")
            .ValidateOnStart();

        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<MetricQueryConfigTypes>((o, queryTypes) => KayentaJson.Configure(o.SerializerOptions, queryTypes));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = KayentaMessage.AddTo);
        services.AddExceptionHandler<ExceptionProblemHandler>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<JudgeNameResolver>();
        services.AddSingleton<JudgeInputBuilder>();
        services.AddSingleton<CanaryConfigRepository>();
        services.AddSingleton<CanaryConfigValidator>();
        services.AddSingleton<CanaryExecutionRequestValidator>();
        services.AddSingleton<ScoreThresholdsValidator>();

        services.AddSingleton<ServiceTelemetry>();
        services.AddCanaryExecution(builder.Configuration);
        services.AddStandaloneAnalysis(builder.Configuration);
        services.AddGates(builder.Configuration);
        services.AddOpenTelemetry().ConfigureResource(r => r.AddService("judge")).WithMetrics(metrics => metrics
            .AddMeter(ServiceTelemetry.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddPrometheusExporter());

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [HealthApi.ReadinessTag], timeout: TimeSpan.FromSeconds(10));
        return builder;
    }

    public static WebApplication MapJudge(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseUntypedJsonBodies();

        // Every route is mapped in one group whose convention sets the role it needs (Auth/RouteAccess).
        var openMetrics = app.Services.GetRequiredService<AuthSetup>().OpenMetrics;
        var routes = app.MapGroup("");
        ((IEndpointConventionBuilder)routes).Add(endpoint => RouteAccess.Apply(endpoint, openMetrics));
        routes.AddEndpointFilter<AuditFilter>();
        MapRoutes(routes);
        return app;
    }

    private static void MapRoutes(IEndpointRouteBuilder app)
    {
        app.MapCanaryConfigApi();
        app.MapCanaryApi();
        app.MapExecutionCancelApi();
        app.MapCanaryReportApi();
        app.MapReportAssetsApi();
        app.MapStandaloneCanaryAnalysisApi();
        app.MapStandaloneAnalysisReportApi();
        app.MapFlaggerApi();
        app.MapVerdictApi();
        app.MapGateAnalysisApi();
        app.MapJudgesApi();
        app.MapCredentialsApi();
        app.MapMetricSetPairListApi();
        app.MapMetricSetListApi();
        app.MapFetchApi();
        app.MapHealthApi();
        app.MapOpenApiDocumentApi();
        app.MapPrometheusScrapingEndpoint();
    }
}
