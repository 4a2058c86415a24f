using Judge.Api.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests;

/// <summary>
/// The real host with its settings given as host settings (visible while Program builds its services), and a fake clock.
/// Without settings it has one memory store account named "mem". Tests whose outbound HTTP retries must really wait
/// (the resilience pipeline takes its clock from the container) ask for the system clock.
/// </summary>
public sealed class JudgeApiFactory : JudgeHostFactory
{
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private readonly bool _fakeClock = true;

    public JudgeApiFactory()
    {
    }

    internal JudgeApiFactory(IReadOnlyDictionary<string, string?> settings, bool fakeClock = true)
    {
        _settings = settings;
        _fakeClock = fakeClock;
    }

    public static readonly DateTimeOffset Now = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseOwnEngine();
        var effective = _settings ?? new Dictionary<string, string?> { ["Judge:Accounts:mem:Type"] = "memory" };
        foreach (var (key, value) in effective)
            builder.UseSetting(key, value);
        if (_fakeClock)
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}
