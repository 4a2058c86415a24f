using Judge.Api.Engine;
using Judge.Api.Hosting;

namespace Judge.Api.Execution;

public static class ExecutionServices
{
    /// <summary>The execution engine: its options (Judge:Execution), the document store, and the engine that runs them.</summary>
    public static IServiceCollection AddCanaryExecution(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<ExecutionOptions>(configuration, ExecutionOptions.Section);
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
        services.AddSingleton<StartServices>();
        services.AddSingleton<CanaryExecutionStarter>();
        services.AddSingleton<CanaryExecutionListing>();
        services.AddJudgeEngine(configuration);
        return services;
    }
}
