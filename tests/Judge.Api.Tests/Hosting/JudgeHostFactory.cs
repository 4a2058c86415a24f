using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Judge.Api.Tests.Hosting;

/// <summary>
/// The base of every in-process host of the service: it stops the hosts it built (and the ones derived from it with
/// WithWebHostBuilder) before the base class disposes them, and sees that their disposal ends.
/// </summary>
/// <remarks>
/// Two ways the base class's blocking dispose hung test runs:
/// - On a fake clock, the HTTP resilience pipelines wait at disposal for their calls in flight, up to a timeout measured
///   on that clock, and an execution that fired while the host stopped (the engine's stop does not interrupt it) can
///   sit in a retry delay on the same clock. Neither ends unless the clock moves, so a disposal still waiting after a
///   few seconds moves the host's fake clock on until it ends. Only then: moving it earlier could time out fetches that
///   a test means to leave for another host to resume.
/// - The base class continues after the stop on whichever thread completed it, which can be the scheduler's own thread;
///   the disposal runs on the thread pool instead.
/// </remarks>
public abstract class JudgeHostFactory : WebApplicationFactory<Program>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly List<IHost> built = [];

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        lock (built)
            built.Add(host);
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        IHost[] hosts;
        lock (built)
        {
            hosts = [.. built];
            built.Clear();
        }
        var fakeClocks = hosts.Select(h => h.Services.GetService<TimeProvider>()).OfType<FakeTimeProvider>().Distinct().ToList();
        foreach (var host in hosts)
            await host.StopAsync().ConfigureAwait(false);
        var disposal = Task.Run(() => base.DisposeAsync().AsTask());
        while (await Task.WhenAny(disposal, Task.Delay(Patience)).ConfigureAwait(false) != disposal)
            fakeClocks.ForEach(clock => clock.Advance(TimeSpan.FromMinutes(5)));
        await disposal.ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
