using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Judge.Api.Tests.Auth;

/// <summary>Every create/update/delete/start/cancel is one audit line naming caller, action, resource id and application; reads are not, and keys never appear.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly JudgeApiFactory _factory = new(AuthHost.Settings());
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host;

    public AuditLogTests()
    {
        _host = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(_logs))));
    }

    // The factory disposes the host derived from it, after stopping it (see JudgeHostFactory).
    public void Dispose() => _factory.Dispose();

    private List<string> AuditLines() => _logs.Lines.Where(l => l.Message.StartsWith("audit:", StringComparison.Ordinal)).Select(l => l.Message).ToList();

    [Fact]
    public async Task Mutations_are_audited_with_caller_action_resource_and_application()
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AuthHost.AlphaWriterKey);

        var created = await client.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", Samples.Config("audited", "alpha"));
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["canaryConfigId"]!.GetValue<string>();
        await client.GetAsync($"/canaryConfig/{id}");
        var execution = await Execution.CanaryClient.ExecutionIdOf(await client.PostAsJsonAsync(
            $"/canary/{id}?application=alpha&metricsAccountName=prom&storageAccountName=store", Execution.CanaryClient.Request()));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PutAsync($"/canary/{execution}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/canaryConfig/{id}?configurationAccountName=store")).StatusCode);

        var lines = AuditLines();
        Assert.Equal(4, lines.Count);
        Assert.True(lines.Exists(l => l.Contains("alpha-writer create POST /canaryConfig", StringComparison.Ordinal) && l.Contains($"resource={id}") && l.Contains("application=alpha") && l.Contains("status=200")), string.Join("\n", lines));
        Assert.True(lines.Exists(l => l.Contains("alpha-writer start POST /canary/{canaryConfigId}", StringComparison.Ordinal) && l.Contains($"resource={execution}") && l.Contains("application=alpha")), string.Join("\n", lines));
        Assert.True(lines.Exists(l => l.Contains("alpha-writer cancel PUT /canary/{canaryExecutionId}/cancel", StringComparison.Ordinal) && l.Contains($"resource={execution}") && l.Contains("application=alpha") && l.Contains("status=202")), string.Join("\n", lines));
        Assert.True(lines.Exists(l => l.Contains("alpha-writer delete DELETE /canaryConfig/{id}", StringComparison.Ordinal) && l.Contains($"resource={id}") && l.Contains("application=alpha") && l.Contains("status=204")), string.Join("\n", lines));
        Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains(AuthHost.AlphaWriterKey, StringComparison.Ordinal)
                                                || l.Message.Contains(AuthHost.Sha256(AuthHost.AlphaWriterKey), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_stored_list_is_audited_with_the_id_its_response_names()
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AuthHost.WriterKey);

        var stored = await client.PostAsJsonAsync("/metricSetPairList?storageAccountName=store", Samples.Pairs());
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var response = JsonNode.Parse(await stored.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["metricSetPairListId"], response.Select(p => p.Key));   // the audit's id stays out of the JSON
        var id = response["metricSetPairListId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/metricSetPairList/{id}?storageAccountName=store")).StatusCode);

        var lines = AuditLines();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("audit: writer ", StringComparison.Ordinal) && l.Contains(" POST /metricSetPairList ", StringComparison.Ordinal) && l.Contains($"resource={id} ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("DELETE /metricSetPairList/{metricSetPairListId}", StringComparison.Ordinal) && l.Contains($"resource={id} ", StringComparison.Ordinal));
    }
}
