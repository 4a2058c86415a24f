using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Execution;

/// <summary>A named metricsAccountName of another provider than the config's queries is a 400 naming the account and its type, not a silent substitute.</summary>
public sealed class MetricsAccountTypeTests
{
    [Fact]
    public async Task A_datadog_account_for_prometheus_queries_is_refused()
    {
        // Disposed asynchronously: the execution started below is still fetching, and a blocking Dispose can wait forever on the engine's shutdown.
        await using var factory = new JudgeApiFactory(new Dictionary<string, string?>
        {
            ["Judge:Accounts:mem:Type"] = "memory",
            ["Judge:Accounts:prom:Type"] = "prometheus",
            ["Judge:Accounts:prom:BaseUrl"] = "http://127.0.0.1:9",
            ["Judge:Accounts:dd:Type"] = "datadog",
            ["Judge:Accounts:dd:ApiKey"] = "dd-key",
            ["Judge:Accounts:dd:ApplicationKey"] = "dd-app-key",
        });
        var client = factory.CreateClient();
        var created = await client.PostAsJsonAsync("/canaryConfig", Samples.Config("prometheus-config", "checkout"));
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["canaryConfigId"]!.GetValue<string>();

        var wrong = await client.PostAsJsonAsync($"/canary/{id}?metricsAccountName=dd", CanaryClient.Request());
        var right = await client.PostAsJsonAsync($"/canary/{id}?metricsAccountName=prom", CanaryClient.Request());

        var problem = await ProblemAssert.IsProblem(wrong, HttpStatusCode.BadRequest);
        Assert.Contains("Unable to resolve account dd: it is a datadog account", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }
}
