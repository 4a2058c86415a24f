using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Execution;

namespace Judge.Api.Tests.Compatibility;

/// <summary>
/// What Kayenta's clients (orca's Kayenta stage, Argo Rollouts' Kayenta provider, Kayenta's own tests) rely on beyond
/// the happy path: configs without metrics refused with 4xx, $.message in every error, unsupported provider types
/// named, scopeName defaulted.
/// </summary>
public sealed class KayentaClientCompatibilityTests : IDisposable
{
    private readonly TempDirectory store = new();
    private readonly ExecutionHost host;
    private readonly HttpClient http;

    public KayentaClientCompatibilityTests()
    {
        host = new ExecutionHost(store.Path, new FakeMetricSource());
        http = host.CreateClient();
    }

    public void Dispose()
    {
        http.Dispose();
        host.Dispose();
        store.Dispose();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A config as another Kayenta (or an older Judge) left it in a shared store: saved without Judge's checks.</summary>
    private void StoreDirectly(string id, JsonObject config)
    {
        config["id"] = id;
        var folder = Path.Combine(store.Path, "canary_config", id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, config["name"]!.GetValue<string>() + ".json"), config.ToJsonString());
    }

    private static JsonObject ConfigWithoutMetrics()
    {
        var config = CanaryClient.Config(name: "no-metrics");
        config["metrics"] = new JsonArray();
        config.Remove("classifier");
        return config;
    }

    [Fact]
    public async Task A_config_without_metrics_is_refused_at_save()
    {
        var response = await http.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", ConfigWithoutMetrics());

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "metrics");
        Assert.Contains("at least one metric", problem.GetProperty("errors").GetProperty("metrics")[0].GetString());
    }

    [Fact]
    public async Task A_stored_config_without_metrics_is_refused_when_argo_starts_it_instead_of_failing_the_canary()
    {
        StoreDirectly("empty-config", ConfigWithoutMetrics());

        // Argo Rollouts' Kayenta provider: POST /canary/{id} with its payload.
        var response = await http.PostAsync(
            "/canary/empty-config?application=checkout&metricsAccountName=prom&configurationAccountName=store&storageAccountName=store",
            Json(CanaryClient.Request().ToJsonString()));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "canaryConfig.metrics");
        Assert.Contains("at least one metric", problem.GetProperty("message").GetString());
        var executions = await http.GetFromJsonAsync<JsonArray>("/canary/executions?application=checkout&storageAccountName=store");
        Assert.Empty(executions!);
    }

    [Fact]
    public async Task The_verdict_route_refuses_a_stored_config_without_metrics()
    {
        StoreDirectly("empty-config", ConfigWithoutMetrics());

        var response = await http.PostAsync("/canary/empty-config/verdict?storageAccountName=store&metricsAccountName=prom",
            Json(CanaryClient.Request().ToJsonString()));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "canaryConfig.metrics");
    }

    [Fact]
    public async Task Every_error_carries_kayentas_message_with_the_detail_text()
    {
        var notFound = await http.GetAsync("/canaryConfig/no-such-config?configurationAccountName=store");
        var badJson = await http.PostAsync("/canaryConfig?configurationAccountName=store", Json("{\"name\": "));
        var noRoute = await http.GetAsync("/no-such-route");

        var missing = await ProblemAssert.IsProblem(notFound, HttpStatusCode.NotFound);
        Assert.Equal("No canary config with id 'no-such-config'.", missing.GetProperty("message").GetString());
        var malformed = await ProblemAssert.IsProblem(badJson, HttpStatusCode.BadRequest);
        Assert.Equal(malformed.GetProperty("detail").GetString(), malformed.GetProperty("message").GetString());
        var route = await ProblemAssert.IsProblem(noRoute, HttpStatusCode.NotFound);
        Assert.False(string.IsNullOrEmpty(route.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("atlas")]
    [InlineData("graphite")]
    [InlineData("signalfx")]
    [InlineData("newrelic")]
    [InlineData("wavefront")]
    [InlineData("influxdb")]
    public async Task A_config_for_a_provider_judge_lacks_names_the_supported_types(string type)
    {
        var config = CanaryClient.Config();
        config["metrics"]![0]!["query"] = new JsonObject { ["type"] = type, ["q"] = "name,requests,:eq" };

        var response = await http.PostAsync("/canaryConfig?configurationAccountName=store", Json(config.ToJsonString()));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "metrics[0].query.type");
        var message = problem.GetProperty("message").GetString()!;
        Assert.Contains($"'{type}'", message);
        Assert.Contains("prometheus, datadog, stackdriver", message);
        Assert.DoesNotContain("discriminator", message);
    }

    [Fact]
    public async Task A_metric_without_scopeName_is_saved_with_scope_default_as_kayenta_does()
    {
        var config = CanaryClient.Config();
        config["metrics"]![0]!.AsObject().Remove("scopeName");
        config["metrics"]![1]!["scopeName"] = null;

        var response = await http.PostAsync("/canaryConfig?configurationAccountName=store", Json(config.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["canaryConfigId"]!.GetValue<string>();
        var stored = await http.GetFromJsonAsync<JsonObject>($"/canaryConfig/{id}?configurationAccountName=store");
        Assert.All(stored!["metrics"]!.AsArray(), m => Assert.Equal("default", m!["scopeName"]!.GetValue<string>()));
    }
}
