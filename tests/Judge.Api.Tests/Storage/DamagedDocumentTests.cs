using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Api.Accounts;
using Judge.Api.Storage;
using Judge.Api.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// A truncated document in storage: reading it is a problem naming the resource as damaged (never a bare 500),
/// listings skip it with a warning naming its key, and it never blocks creating, repairing or deleting.
/// </summary>
public sealed class DamagedDocumentTests : IDisposable
{
    private static readonly byte[] Truncated = Encoding.UTF8.GetBytes("{\"name\": \"half-writ");
    private readonly CapturedLogs _logs = new();
    private readonly JudgeApiFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public DamagedDocumentTests()
    {
        _host = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(_logs))));
    }

    // The factory disposes the host derived from it, after stopping it (see JudgeHostFactory).
    public void Dispose() => _factory.Dispose();

    private Task StoreAsync(ObjectType type, string id) =>
        _host.Services.GetRequiredService<ObjectStoreResolver>().Resolve("mem", AccountUse.ObjectStore).Store
            .WriteAsync(type, id, Truncated, null, CancellationToken.None);

    private static async Task AssertDamaged(HttpResponseMessage response, string resource)
    {
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.InternalServerError);
        Assert.Equal("Damaged stored document", problem.GetProperty("title").GetString());
        Assert.Contains($"{resource} is damaged", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_damaged_config_is_named_skipped_by_listings_and_blocks_nothing()
    {
        var client = _host.CreateClient();
        await StoreAsync(ObjectType.CanaryConfig, "broken");

        await AssertDamaged(await client.GetAsync("/canaryConfig/broken"), "canary config 'broken'");

        var listing = await client.GetAsync("/canaryConfig");
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        Assert.DoesNotContain("broken", await listing.Content.ReadAsStringAsync());
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("canary_config/broken", StringComparison.Ordinal));

        var created = await client.PostAsJsonAsync("/canaryConfig", Samples.Config("fresh-config", "checkout"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/canaryConfig/broken")).StatusCode);
        await ProblemAssert.IsProblem(await client.GetAsync("/canaryConfig/broken"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_damaged_config_is_repaired_by_put()
    {
        var client = _host.CreateClient();
        await StoreAsync(ObjectType.CanaryConfig, "mended");

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/canaryConfig/mended", Samples.Config("mended-config", "checkout"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/canaryConfig/mended")).StatusCode);
    }

    [Fact]
    public async Task A_damaged_execution_is_named_and_left_out_of_the_listing()
    {
        var client = _host.CreateClient();
        await StoreAsync(ObjectType.CanaryResultArchive, "torn-execution");

        await AssertDamaged(await client.GetAsync("/canary/torn-execution"), "canary execution 'torn-execution'");
        await AssertDamaged(await client.GetAsync("/canary/torn-execution/report"), "canary execution 'torn-execution'");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/canary/executions?application=checkout")).StatusCode);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("canary_archive/torn-execution", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_analysis_is_named()
    {
        await StoreAsync(ObjectType.StandaloneCanaryResultArchive, "torn-analysis");

        await AssertDamaged(await _host.CreateClient().GetAsync("/standalone_canary_analysis/torn-analysis"), "canary analysis 'torn-analysis'");
    }

    [Fact]
    public async Task Damaged_stored_lists_are_named()
    {
        var client = _host.CreateClient();
        await StoreAsync(ObjectType.MetricSetPairList, "torn-pairs");
        await StoreAsync(ObjectType.MetricSetList, "torn-sets");

        await AssertDamaged(await client.GetAsync("/metricSetPairList/torn-pairs"), "metric set pair list 'torn-pairs'");
        await AssertDamaged(await client.GetAsync("/metricSetList/torn-sets"), "metric set list 'torn-sets'");
    }
}
