namespace Judge.Api.Execution;

public static class ExecutionServices
{
    /// <summary>The execution engine: its options (Judge:Execution), the document store, the queue and the background worker.</summary>
    public static IServiceCollection AddCanaryExecution(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExecutionOptions>()
            .Bind(configuration.GetSection(ExecutionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExecutionRepository>();
        services.AddSingleton<ExecutionQueue>();
        services.AddSingleton<MetricSourceChoice>();
        services.AddSingleton<CanaryExecutionRunner>();
        services.AddSingleton<CanaryExecutionStarter>();
        services.AddSingleton<CanaryExecutionListing>();
        services.AddHostedService<ExecutionWorker>();
        return services;
    }
}
