namespace Judge.Api.Lifetime;

public static class LifetimeServices
{
    /// <summary>Standalone canary analyses: options (Judge:Lifetime), validation, documents, the queue and the background worker.</summary>
    public static IServiceCollection AddStandaloneCanaryAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LifetimeOptions>()
            .Bind(configuration.GetSection(LifetimeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CanaryAnalysisExecutionRequestValidator>();
        services.AddSingleton<StandaloneAnalysisRepository>();
        services.AddSingleton<AnalysisQueue>();
        services.AddSingleton<StandaloneAnalysisStarter>();
        services.AddSingleton<StandaloneAnalysisRunner>();
        services.AddHostedService<StandaloneAnalysisWorker>();
        return services;
    }
}
