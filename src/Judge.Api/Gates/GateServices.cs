namespace Judge.Api.Gates;

public static class GateServices
{
    /// <summary>The synchronous gates for CD tools: their options (Judge:Gates) and what the routes use.</summary>
    public static IServiceCollection AddGates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GateOptions>()
            .Bind(configuration.GetSection(GateOptions.Section))
            .Validate(o => o.Deadline > TimeSpan.Zero && o.Deadline <= o.MaxDeadline,
                "Judge:Gates: Deadline must be greater than 0 and at most MaxDeadline.")
            .ValidateOnStart();
        services.AddSingleton<SynchronousJudgement>();
        services.AddSingleton<GateAnalysisRepository>();
        services.AddSingleton<SequentialGate>();
        services.AddSingleton<StoredConfigLookup>();
        services.AddSingleton<ReportLinks>();
        return services;
    }
}
