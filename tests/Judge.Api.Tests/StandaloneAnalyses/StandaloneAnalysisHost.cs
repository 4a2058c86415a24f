using Judge.Api.Engine;
using Judge.Api.Storage;
using Judge.Api.Tests.Hosting;
using Judge.MetricSources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>
/// The real host on fake time: a filesystem storage account "store" at <paramref name="storePath"/> (two hosts on one
/// path share their analyses), or the account <paramref name="storeAccount"/> describes (its Judge:Accounts:store:*
/// settings) when given, and a Prometheus metrics account "prom" served by <paramref name="source"/> when given,
/// else by the real Prometheus at <paramref name="prometheusUrl"/>. <paramref name="testServices"/> adds or replaces
/// services last (a probe page, a test's own object store for the account).
/// </summary>
public sealed class StandaloneAnalysisHost(string storePath, FakeTimeProvider clock, IMetricSource? source, string prometheusUrl = "http://127.0.0.1:9",
    IReadOnlyDictionary<string, string>? storeAccount = null, Action<IServiceCollection>? testServices = null)
    : JudgeHostFactory
{
    public FakeTimeProvider Clock => clock;

    /// <summary>A host whose storage account "store" is <paramref name="store"/> (a test's own object store).</summary>
    public static StandaloneAnalysisHost WithStore(FakeTimeProvider clock, IMetricSource source, IObjectStore store) =>
        new("", clock, source, storeAccount: new Dictionary<string, string> { ["Type"] = "memory" },
            testServices: s => s.AddKeyedSingleton("store", store));

    /// <summary>
    /// Waits (a bounded number of short polls) until the analysis has no engine job left. Once its job is gone, nothing
    /// on this host can start another of its judgements, however far fake time moves.
    /// </summary>
    public async Task UntilNoRunnerHoldsAsync(string analysisId)
    {
        for (var poll = 0; poll < 500 && await IsRunningAsync(analysisId); poll++)
            await Task.Delay(10);
        Assert.False(await IsRunningAsync(analysisId), $"a runner still holds analysis {analysisId}");
    }

    /// <summary>Whether a step of the analysis runs now, or one is still scheduled (its job exists).</summary>
    public async Task<bool> IsRunningAsync(string analysisId)
    {
        var scheduler = await Services.GetRequiredService<EngineScheduling>().SchedulerAsync(CancellationToken.None);
        return await scheduler.GetJobDetail(JobNames.Analysis(analysisId), CancellationToken.None) is not null;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (storePath.Length > 0)
            builder.UseEngineIn(storePath);
        else
            builder.UseOwnEngine();
        var store = storeAccount ?? new Dictionary<string, string> { ["Type"] = "filesystem", ["Path"] = storePath };
        foreach (var (key, value) in store)
            builder.UseSetting($"Judge:Accounts:store:{key}", value);
        builder.UseSetting("Judge:Accounts:prom:Type", "prometheus");
        builder.UseSetting("Judge:Accounts:prom:BaseUrl", prometheusUrl);
        builder.UseSetting("Judge:Lifetime:PollIntervalSeconds", "1");
        builder.ConfigureTestServices(collection =>
        {
            collection.AddSingleton<TimeProvider>(clock);
            if (source is not null)
                collection.AddKeyedSingleton<IMetricSource>("prom", source);
            testServices?.Invoke(collection);
        });
    }
}
