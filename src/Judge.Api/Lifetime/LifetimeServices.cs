namespace Judge.Api.Lifetime;

public static class LifetimeServices
{
    /// <summary>Standalone canary analyses: options (Judge:Lifetime), validation, documents, the starter and the runner (its steps are engine jobs).</summary>
    public static IServiceCollection AddStandaloneCanaryAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LifetimeOptions>()
            .Bind(configuration.GetSection(LifetimeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CanaryAnalysisExecutionRequestValidator>();
        services.AddSingleton<StandaloneAnalysisRepository>();
        services.AddSingleton<StandaloneAnalysisStarter>();
        services.AddSingleton<StandaloneAnalysisRunner>();
        return services;
    }
}
