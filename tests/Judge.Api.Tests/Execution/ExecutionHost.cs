using Judge.Api.Tests.Hosting;
using Judge.MetricSources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Execution;

/// <summary>
/// The real host with a filesystem storage account "store" at <paramref name="storePath"/> and a Prometheus metrics
/// account "prom" whose source is <paramref name="source"/> (the real Prometheus source when null: set
/// Judge:Accounts:prom:BaseUrl). Two hosts on one path share their executions. <paramref name="clock"/> replaces the
/// system clock when given (fetch timeouts and gate deadlines then move only with it); <paramref name="testServices"/>
/// adds test-only services (a probe page, say).
/// </summary>
public sealed class ExecutionHost(string storePath, FakeMetricSource? source, IReadOnlyDictionary<string, string?>? extraSettings = null,
    TimeProvider? clock = null, Action<IServiceCollection>? testServices = null)
    : JudgeHostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseEngineIn(storePath);
        var settings = new Dictionary<string, string?>
        {
            ["Judge:Accounts:store:Type"] = "filesystem",
            ["Judge:Accounts:store:Path"] = storePath,
            ["Judge:Accounts:prom:Type"] = "prometheus",
            ["Judge:Accounts:prom:BaseUrl"] = "http://127.0.0.1:9",
            ["Judge:Execution:MaxParallelFetches"] = "4",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
            settings[key] = value;
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (source is not null)
                services.AddKeyedSingleton<IMetricSource>("prom", source);
            if (clock is not null)
                services.AddSingleton(clock);
            testServices?.Invoke(services);
        });
    }
}
