using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Accounts;
using Judge.Api.Tests.Execution;

namespace Judge.Api.Tests.Providers;

/// <summary>
/// A fourth metric source ("constant") and a fourth storage backend ("scratch"), both added from the test project only:
/// the host reads, validates, lists, fetches, stores and runs them through their descriptors.
/// </summary>
public sealed class TestOnlyProviderTests
{
    private const string Token = "constant-token-secret";
    private const string Window = "metricSetName=cpu&scope=canary&start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&step=60";

    private static readonly Dictionary<string, string?> Accounts = new()
    {
        ["Judge:Accounts:store:Type"] = ScratchStoreProvider.Type,
        ["Judge:Accounts:store:Label"] = "scratch-1",
        ["Judge:Accounts:k:Type"] = ConstantProvider.Type,
        ["Judge:Accounts:k:Level"] = "42",
        ["Judge:Accounts:k:Token"] = Token,
    };

    [Fact]
    public async Task Its_accounts_are_listed_with_public_settings_only()
    {
        await using var host = new TestOnlyProviderHost(Accounts);

        var text = await host.CreateClient().GetStringAsync("/credentials");

        Assert.DoesNotContain(Token, text);
        var accounts = JsonNode.Parse(text)!.AsArray().ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!.AsObject());
        Assert.Equal(["k", "store"], accounts.Keys.Order());
        Assert.Equal("constant", accounts["k"]["type"]!.GetValue<string>());
        Assert.Equal("42", accounts["k"]["level"]!.GetValue<string>());
        Assert.Equal(["METRICS_STORE"], accounts["k"]["supportedTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("scratch", accounts["store"]["type"]!.GetValue<string>());
        Assert.Equal("scratch-1", accounts["store"]["label"]!.GetValue<string>());
        Assert.Equal(["OBJECT_STORE", "CONFIGURATION_STORE"], accounts["store"]["supportedTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public void A_missing_required_setting_fails_the_start_up_as_for_a_built_in_type()
    {
        using var host = new TestOnlyProviderHost(new Dictionary<string, string?>
        {
            ["Judge:Accounts:k:Type"] = ConstantProvider.Type,
            ["Judge:Accounts:k:Token"] = Token,
            ["Judge:Accounts:k:Colour"] = "blue",
            ["Judge:Accounts:p:Type"] = "prometheus",
        });

        var error = Assert.Throws<InvalidAccountConfigurationException>(() => host.CreateClient());

        Assert.Contains("Judge:Accounts:k:Level is required for a constant account.", error.Problems);
        Assert.Contains("Judge:Accounts:k:Colour is not a setting of a constant account (settings: Level, Token).", error.Problems);
        Assert.Contains("Judge:Accounts:p:BaseUrl is required for a prometheus account.", error.Problems);
        Assert.DoesNotContain(Token, error.Message);
    }

    [Fact]
    public void A_setting_its_registration_rejects_fails_the_start_up()
    {
        using var host = new TestOnlyProviderHost(new Dictionary<string, string?>(Accounts) { ["Judge:Accounts:k:Level"] = "high" });

        var error = Assert.Throws<InvalidAccountConfigurationException>(() => host.CreateClient());

        Assert.Contains("Judge:Accounts:k: constant account 'k': Level must be a number.", error.Problems[0]);
    }

    [Fact]
    public void Without_its_descriptor_the_type_is_unknown()
    {
        using var host = new TestOnlyProviderHost(Accounts, withTestProviders: false);

        var error = Assert.Throws<InvalidAccountConfigurationException>(() => host.CreateClient());

        Assert.Contains("Judge:Accounts:k:Type 'constant' is unknown (one of prometheus, datadog, stackdriver, s3, filesystem, memory).", error.Problems);
    }

    [Fact]
    public async Task The_fetch_route_serves_it()
    {
        await using var host = new TestOnlyProviderHost(Accounts);
        var client = host.CreateClient();

        var dryRun = await client.PostAsJsonAsync($"/fetch/constant/query?{Window}&dryRun=true", new JsonObject { ["metricName"] = "cpu" });
        Assert.True(dryRun.StatusCode == HttpStatusCode.OK, await dryRun.Content.ReadAsStringAsync());
        Assert.Equal("constant(cpu=42, scope=canary, account=k)", (await dryRun.Content.ReadFromJsonAsync<JsonObject>())!["query"]!.GetValue<string>());

        var fetched = await client.PostAsJsonAsync($"/fetch/constant/query?{Window}", new JsonObject { ["type"] = "constant", ["value"] = 7 });
        Assert.True(fetched.StatusCode == HttpStatusCode.OK, await fetched.Content.ReadAsStringAsync());
        var listId = (await fetched.Content.ReadFromJsonAsync<JsonObject>())!["metricSetListId"]!.GetValue<string>();
        var sets = await client.GetFromJsonAsync<JsonArray>($"/metricSetList/{listId}?accountName=store");
        Assert.Equal(60, sets![0]!["values"]!.AsArray().Count);
        Assert.All(sets[0]!["values"]!.AsArray(), v => Assert.Equal(7.0, v!.GetValue<double>()));

        var wrongType = await client.PostAsJsonAsync($"/fetch/constant/query?{Window}", new JsonObject { ["type"] = "prometheus" });
        await ProblemAssert.IsProblem(wrongType, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_canary_config_with_its_queries_is_stored_and_an_execution_runs_to_a_verdict()
    {
        await using var host = new TestOnlyProviderHost(Accounts);
        var client = new CanaryClient(host.CreateClient());
        var config = CanaryClient.Config();
        foreach (var metric in config["metrics"]!.AsArray())
            metric!["query"] = new JsonObject { ["type"] = "constant", ["metricName"] = metric["name"]!.GetValue<string>() };

        var configId = await client.CreateConfigAsync(config);
        var stored = await client.Http.GetFromJsonAsync<JsonObject>($"/canaryConfig/{configId}?configurationAccountName=store");
        Assert.Equal("constant", stored!["metrics"]![0]!["query"]!["type"]!.GetValue<string>());

        var id = await client.StartOkAsync(configId, query: "application=checkout&metricsAccountName=k&storageAccountName=store");
        var status = await client.WaitForCompleteAsync(id);

        Assert.True(status["status"]!.GetValue<string>() == "succeeded", status.ToJsonString());
        Assert.Equal("Pass", status["result"]!["judgeResult"]!["score"]!["classification"]!.GetValue<string>());
        Assert.Equal("k", status["metricsAccountName"]!.GetValue<string>());
        var report = await client.Http.GetAsync($"/canary/{id}/report");
        Assert.True(report.StatusCode == HttpStatusCode.OK, await report.Content.ReadAsStringAsync());
        Assert.Contains("constant", await report.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unsupported_query_type_lists_the_registered_ones()
    {
        await using var host = new TestOnlyProviderHost(Accounts);
        var config = CanaryClient.Config();
        config["metrics"]![0]!["query"] = new JsonObject { ["type"] = "atlas" };

        var response = await host.CreateClient().PostAsJsonAsync("/canaryConfig?configurationAccountName=store", config);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("the supported query types are prometheus, datadog, stackdriver, constant.", problem.GetProperty("detail").GetString());
    }
}
