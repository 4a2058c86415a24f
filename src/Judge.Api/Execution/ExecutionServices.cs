using Judge.Api.Engine;

namespace Judge.Api.Execution;

public static class ExecutionServices
{
    /// <summary>The execution engine: its options (Judge:Execution), the document store, and the engine that runs them.</summary>
    public static IServiceCollection AddCanaryExecution(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExecutionOptions>()
            .Bind(configuration.GetSection(ExecutionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExecutionRepository>();
        services.AddSingleton<InlineRuns>();
        services.AddSingleton<QueryDryRun>();
        services.AddSingleton<ExecutionCancellation>();
        services.AddSingleton<ExecutionAdmission>();
        services.AddSingleton<ExecutionMetricSources>();
        services.AddSingleton<ExecutionJudges>();
        services.AddSingleton<ExecutionTransitions>();
        services.AddSingleton<SetupStage>();
        services.AddSingleton<FetchStage>();
        services.AddSingleton<MixStage>();
        services.AddSingleton<JudgeStage>();
        services.AddSingleton<CanaryExecutionRunner>();
        services.AddSingleton<CanaryExecutionStarter>();
        services.AddSingleton<CanaryExecutionListing>();
        services.AddJudgeEngine(configuration);
        return services;
    }
}
