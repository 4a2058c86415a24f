using Judge.Api.Hosting;
using Judge.Api.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests.Providers;

/// <summary>
/// The real host with the test-only "constant" metric source and "scratch" storage backend added from here, through the
/// test host's ConfigureServices (Judge.Api knows neither), and the given accounts.
/// </summary>
public sealed class TestOnlyProviderHost(IReadOnlyDictionary<string, string?> settings, bool withTestProviders = true)
    : JudgeHostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseOwnEngine();
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        if (withTestProviders)
            builder.ConfigureServices(services => services
                .AddMetricSource(ConstantProvider.Descriptor)
                .AddObjectStore(ScratchStoreProvider.Descriptor));
    }
}
