using Judge.MetricSources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Lifetime;

/// <summary>
/// The real host on fake time: a filesystem storage account "store" at <paramref name="storePath"/> (two hosts on one
/// path share their analyses) and a Prometheus metrics account "prom" served by <paramref name="source"/> when given,
/// else by the real Prometheus at <paramref name="prometheusUrl"/>.
/// </summary>
public sealed class LifetimeHost(string storePath, FakeTimeProvider clock, IMetricSource? source, string prometheusUrl = "http://127.0.0.1:9")
    : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock => clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Judge:Accounts:store:Type", "filesystem");
        builder.UseSetting("Judge:Accounts:store:Path", storePath);
        builder.UseSetting("Judge:Accounts:prom:Type", "prometheus");
        builder.UseSetting("Judge:Accounts:prom:BaseUrl", prometheusUrl);
        builder.UseSetting("Judge:Lifetime:PollIntervalSeconds", "1");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            if (source is not null)
                services.AddKeyedSingleton<IMetricSource>("prom", source);
        });
    }
}
