using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Judge.Api.Tests.Gates;

/// <summary>
/// What Argo Rollouts sends. Kayenta provider (metricproviders/kayenta/kayenta.go): GET
/// /canaryConfig?application=A&amp;configurationAccountName=&lt;storageAccountName&gt;, pick the config by name; POST
/// /canary/{id}?application&amp;metricsAccountName&amp;configurationAccountName&amp;storageAccountName with its hand-formatted
/// body (integer thresholds, scopes with "region"); then GET /canary/{executionId} until "complete", reading
/// result.judgeResult.score.score truncated to an integer; only HTTP 200 is accepted at each step. Web provider
/// (metricproviders/webmetric/webmetric.go): one request (here POST with jsonBody, so Content-Type: application/json),
/// non-2xx = Error, otherwise the JSON body through jsonPath "{$}" and successCondition "result.pass".
/// </summary>
[Collection(GatePrometheusCollection.Name)]
public sealed class ArgoRolloutsTests(GatePrometheus prometheus) : IDisposable
{
    private readonly GateHost host = new(prometheus.BaseUrl);

    public void Dispose() => host.Dispose();

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // --- Kayenta provider ---

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The provider's whole sequence; returns the measurement value (truncated score) and phase it records.</summary>
    private async Task<(int Score, string Phase)> KayentaMeasurementAsync(string canaryScope, int pass = 95, int marginal = 75)
    {
        var http = host.CreateClient();
        const string application = GateConfig.Application;
        const string storageAccountName = "objects", configurationAccountName = "configs", metricsAccountName = "prom";

        var (status, body) = await GetAsync(http, $"/canaryConfig?application={application}&configurationAccountName={storageAccountName}");
        Assert.True(status == HttpStatusCode.OK, body);
        var configId = JsonNode.Parse(body)!.AsArray()
            .Single(c => c!["name"]!.GetValue<string>() == GateConfig.Name)!["id"]!.GetValue<string>();

        var start = Iso(GateHistory.End - TimeSpan.FromMinutes(5));
        var end = Iso(GateHistory.End);
        var scopes = $$$"""
            "default":{"controlScope": {"scope":"{{{canaryScope}}}-primary","region":"test","step":10,"start":"{{{start}}}","end":"{{{end}}}"}, "experimentScope": {"scope":"{{{canaryScope}}}","region":"test","step":10,"start":"{{{start}}}","end":"{{{end}}}"}}
            """;
        var payload = $$"""

            							{
            								"scopes": {
            										{{scopes}}
            									},
                                            "thresholds" : {
                                                "pass": {{pass}},
                                                "marginal": {{marginal}}
                                            }
                                        }
            """;
        var jobUrl = $"/canary/{configId}?application={application}&metricsAccountName={metricsAccountName}&configurationAccountName={configurationAccountName}&storageAccountName={storageAccountName}";
        using var started = await http.PostAsync(jobUrl, new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
        var startedBody = await started.Content.ReadAsStringAsync();
        Assert.True(started.StatusCode == HttpStatusCode.OK, startedBody);
        var executionId = JsonNode.Parse(startedBody)!["canaryExecutionId"]!.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(executionId));

        // Argo resumes every 15 s; the test polls faster, a bounded number of times.
        for (var poll = 0; poll < 600; poll++)
        {
            (status, body) = await GetAsync(http, $"/canary/{executionId}");
            Assert.True(status == HttpStatusCode.OK, body);
            var execution = JsonNode.Parse(body)!;
            if (!execution["complete"]!.GetValue<bool>())
            {
                await Task.Delay(100);
                continue;
            }
            var score = (int)execution["result"]!["judgeResult"]!["score"]!["score"]!.GetValue<double>();
            var phase = score >= pass ? "Successful" : score >= marginal ? "Inconclusive" : "Failed";
            return (score, phase);
        }
        Assert.Fail($"Execution {executionId} never completed.");
        return default;
    }

    [Fact]
    public async Task Kayenta_provider_sequence_works_with_separate_configuration_and_object_store_accounts()
    {
        await GateConfig.StoreAsync(host.CreateClient());

        var good = await KayentaMeasurementAsync("podinfo");
        var bad = await KayentaMeasurementAsync("badapp");

        Assert.Equal((100, "Successful"), good);
        Assert.Equal((75, "Inconclusive"), bad);
        Assert.Equal((75, "Failed"), await KayentaMeasurementAsync("badapp", pass: 95, marginal: 80));
    }

    [Fact]
    public async Task Config_reads_fall_back_only_for_storage_accounts()
    {
        var http = host.CreateClient();
        var id = await GateConfig.StoreAsync(http);

        var (status, body) = await GetAsync(http, $"/canaryConfig/{id}?configurationAccountName=objects");
        Assert.True(status == HttpStatusCode.OK, body);
        (status, _) = await GetAsync(http, "/canaryConfig?configurationAccountName=no-such-account");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        // A metrics account is not a storage account: no fallback either.
        (status, _) = await GetAsync(http, "/canaryConfig?configurationAccountName=prom");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    // --- Web provider ---

    /// <summary>The provider's request: POST, jsonBody (so Content-Type: application/json), the template's headers.</summary>
    private Task<(HttpStatusCode Status, JsonNode? Body)> WebMeasurementAsync(string configId, string canaryScope, string metricsAccountName = "prom") =>
        WebRequestAsync(
            $"/canary/{configId}/verdict?application=podinfo&metricsAccountName={metricsAccountName}&storageAccountName=objects&lookback=5m",
            canaryScope, "application/json");

    /// <param name="contentType">null for a <c>body:</c> template without headers: Go's client then sends no Content-Type.</param>
    private async Task<(HttpStatusCode Status, JsonNode? Body)> WebRequestAsync(string url, string canaryScope, string? contentType)
    {
        var jsonBody = new JsonObject
        {
            ["scopes"] = new JsonObject
            {
                ["default"] = new JsonObject
                {
                    ["controlScope"] = new JsonObject { ["scope"] = $"{canaryScope}-primary", ["location"] = "test", ["step"] = 10 },
                    ["experimentScope"] = new JsonObject { ["scope"] = canaryScope, ["location"] = "test", ["step"] = 10 },
                },
            },
            ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(jsonBody.ToJsonString())),
        };
        if (contentType is not null)
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await host.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    /// <summary>Argo's evaluation: non-2xx is Error; otherwise jsonPath "{$}" and successCondition "result.pass".</summary>
    private static string WebPhase(HttpStatusCode status, JsonNode? body) =>
        (int)status is < 200 or >= 300 ? "Error"
        : body?["pass"]?.GetValue<bool>() == true ? "Successful" : "Failed";

    [Fact]
    public async Task Web_provider_gets_a_synchronous_verdict_that_result_pass_reads()
    {
        var configId = await GateConfig.StoreAsync(host.CreateClient());

        var (status, good) = await WebMeasurementAsync(configId, "podinfo");
        Assert.Equal("Successful", WebPhase(status, good));
        Assert.Equal("Successful", good!["phase"]!.GetValue<string>());
        Assert.Equal(100.0, good["score"]!.GetValue<double>());

        (status, var bad) = await WebMeasurementAsync(configId, "badapp");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Failed", WebPhase(status, bad));
        Assert.Equal("Inconclusive", bad!["phase"]!.GetValue<string>());
        Assert.Equal(75.0, bad["score"]!.GetValue<double>());
        Assert.Equal(GateHistory.BadMetrics + 1, bad["reasons"]!.AsArray().Count); // one per failing metric, then the score's
    }

    [Fact]
    public async Task Web_provider_sees_a_metrics_outage_as_an_error_not_a_verdict()
    {
        var configId = await GateConfig.StoreAsync(host.CreateClient());

        var (status, body) = await WebMeasurementAsync(configId, "podinfo", metricsAccountName: "down");

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Equal("Error", WebPhase(status, body));
    }

    [Fact]
    public async Task The_verdict_of_an_execution_started_earlier_is_read_by_id()
    {
        var http = host.CreateClient();
        await GateConfig.StoreAsync(http);
        var start = Iso(GateHistory.End - TimeSpan.FromMinutes(5));
        var end = Iso(GateHistory.End);
        JsonObject Scope(string scope) => new() { ["scope"] = scope, ["step"] = 10, ["start"] = start, ["end"] = end };
        var request = new JsonObject
        {
            ["scopes"] = new JsonObject { ["default"] = new JsonObject { ["controlScope"] = Scope("badapp-primary"), ["experimentScope"] = Scope("badapp") } },
            ["thresholds"] = new JsonObject { ["pass"] = 95, ["marginal"] = 75 },
        }.ToJsonString();
        var configs = JsonNode.Parse(await http.GetStringAsync("/canaryConfig?configurationAccountName=configs"))!.AsArray();
        using var started = await http.PostAsync(
            $"/canary/{configs[0]!["id"]!.GetValue<string>()}?application=podinfo&metricsAccountName=prom&storageAccountName=objects",
            new StringContent(request, Encoding.UTF8, "application/json"));
        var id = JsonNode.Parse(await started.Content.ReadAsStringAsync())!["canaryExecutionId"]!.GetValue<string>();

        using var response = await http.GetAsync($"/canary/{id}/verdict?wait=60s");
        var verdict = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(response.StatusCode == HttpStatusCode.OK, verdict.ToJsonString());
        Assert.False(verdict["pass"]!.GetValue<bool>());
        Assert.Equal(75.0, verdict["score"]!.GetValue<double>());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/canary/no-such-execution/verdict")).StatusCode);
    }

    [Fact]
    public async Task Web_provider_body_template_without_content_type_is_read_as_json()
    {
        var configId = await GateConfig.StoreAsync(host.CreateClient());

        var (status, verdict) = await WebRequestAsync(
            $"/canary/{configId}/verdict?application=podinfo&metricsAccountName=prom&storageAccountName=objects&lookback=5m",
            "podinfo", contentType: null);

        Assert.True(status == HttpStatusCode.OK, verdict?.ToJsonString());
        Assert.Equal("Successful", WebPhase(status, verdict));
    }

    [Fact]
    public async Task The_verdict_route_takes_the_config_name_as_the_web_example_does()
    {
        await GateConfig.StoreAsync(host.CreateClient());
        var example = await File.ReadAllTextAsync(RepositoryFile("examples/argo-rollouts/analysis-template-web.yaml"));
        var url = new Uri(Regex.Match(example, "url: \"(?<url>[^\"]+)\"").Groups["url"].Value);
        Assert.Equal($"/canary/{GateConfig.Name}/verdict", url.AbsolutePath);
        // The example's own query, with storage named (this host keeps executions apart) and a deadline for a busy machine.
        var query = Regex.Replace(url.Query, "deadline=[^&]*", "deadline=60s") + "&storageAccountName=objects";

        var (status, verdict) = await WebRequestAsync(url.AbsolutePath + query, "podinfo", "application/json");

        Assert.True(status == HttpStatusCode.OK, verdict?.ToJsonString());
        Assert.Equal("Successful", WebPhase(status, verdict));
        Assert.Equal(100.0, verdict!["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_name_shared_by_two_applications_needs_the_application()
    {
        var http = host.CreateClient();
        await GateConfig.StoreAsync(http);
        var other = GateConfig.Body();
        other["applications"] = new JsonArray("other-app");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/canaryConfig?configurationAccountName=configs",
            new StringContent(other.ToJsonString(), Encoding.UTF8, "application/json"))).StatusCode);

        var (ambiguous, _) = await WebRequestAsync(
            $"/canary/{GateConfig.Name}/verdict?metricsAccountName=prom&storageAccountName=objects&lookback=5m", "podinfo", "application/json");
        var (unknown, _) = await WebRequestAsync(
            "/canary/no-such-config/verdict?application=podinfo&metricsAccountName=prom&storageAccountName=objects&lookback=5m", "podinfo", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, ambiguous);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }
}
