using Judge.Api.Hosting;

namespace Judge.Api.StandaloneAnalyses;

public static class StandaloneAnalysisServices
{
    /// <summary>Standalone canary analyses: options (Judge:Lifetime), validation, documents, the starter and the runner (its steps are engine jobs).</summary>
    public static IServiceCollection AddStandaloneAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<StandaloneAnalysisOptions>(configuration, StandaloneAnalysisOptions.Section);
        services.AddSingleton<StandaloneAnalysisRequestValidator>();
        services.AddSingleton<StandaloneAnalysisRepository>();
        services.AddSingleton<StandaloneAnalysisStarter>();
        services.AddSingleton<StandaloneAnalysisRunner>();
        return services;
    }
}
