using Judge.Api.Execution;
using Judge.Api.Hosting;
using Quartz;

namespace Judge.Api.Engine;

public static class EngineServices
{
    /// <summary>
    /// The engine executions and analyses run on: Quartz.NET over an ADO.NET job store (Judge:Engine), its tables created
    /// at start-up, and the scheduler as a hosted service. On PostgreSQL every replica is a node of one cluster.
    /// </summary>
    public static IServiceCollection AddJudgeEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<EngineOptions>(configuration, EngineOptions.Section);
        var options = configuration.GetSection(EngineOptions.Section).Get<EngineOptions>() ?? new EngineOptions();
        var execution = configuration.GetSection(ExecutionOptions.Section).Get<ExecutionOptions>() ?? new ExecutionOptions();
        var database = EngineDatabase.From(options, configuration);
        var failover = TimeSpan.FromSeconds(options.FailoverSeconds);

        services.AddSingleton(database);
        services.AddSingleton<EngineScheduling>();
        // Before the scheduler's hosted service, so the tables exist when it checks them.
        services.AddHostedService<EngineSchema>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "Judge";
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.Always;
            });
            // Analyses' steps are short; executions are held to their own limit by their execution group.
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = execution.MaxConcurrentExecutions + 4);
            quartz.UseExecutionLimits(limits => limits.ForGroup(JobNames.Executions, execution.MaxConcurrentExecutions, ExecutionLimitScope.Node));
            quartz.UsePersistentStore(store =>
            {
                if (database.Clustered)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = failover / 3;
                        cluster.CheckinMisfireThreshold = failover - failover / 3;
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(adoStore =>
                {
                    adoStore.StoreJobDataAsStrings = true;
                    adoStore.SchemaProvisioning = SchemaProvisioning.Validate;
                    adoStore.MisfireThreshold = failover;
                    adoStore.RecoverFiringsCancelledByShutdown = true;
                });
            });
        });
        services.AddQuartzHostedService(hosted =>
        {
            hosted.WaitForJobsToComplete = true;
            hosted.AwaitApplicationStarted = false;
        });
        return services;
    }
}
