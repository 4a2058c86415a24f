using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Tests.Execution;
using Judge.Api.Tests.StandaloneAnalyses;

namespace Judge.Api.Tests.Auth;

/// <summary>
/// Each role (none, read, write, admin, an unknown key) against each route group: 401 without (valid) credentials,
/// 403 below the route's role, anything else at or above it. Mutating routes act on fresh resources each time.
/// </summary>
public sealed class AuthMatrixTests(AuthHost host) : IClassFixture<AuthHost>
{
    private sealed record Route(string? Needs, Func<AuthHost, Task<HttpRequestMessage>> Request);

    private static HttpRequestMessage Json(HttpMethod method, string path, JsonNode? body = null) =>
        new(method, path) { Content = body is null ? null : JsonContent.Create(body) };

    private static readonly Dictionary<string, Route> Routes = new()
    {
        ["GET /canaryConfig"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/canaryConfig"))),
        ["GET /canaryConfig/{id}"] = new("read", h => Task.FromResult(Json(HttpMethod.Get, $"/canaryConfig/{h.Alpha.ConfigId}"))),
        ["POST /canaryConfig"] = new("write", _ => Task.FromResult(Json(HttpMethod.Post, "/canaryConfig?configurationAccountName=store",
            Samples.Config($"new-{Guid.NewGuid():N}", "alpha")))),
        ["PUT /canaryConfig/{id}"] = new("write", async h => Json(HttpMethod.Put, $"/canaryConfig/{await h.CreateConfigAsync("alpha")}?configurationAccountName=store",
            Samples.Config($"renamed-{Guid.NewGuid():N}", "alpha"))),
        ["DELETE /canaryConfig/{id}"] = new("write", async h => Json(HttpMethod.Delete, $"/canaryConfig/{await h.CreateConfigAsync("alpha")}?configurationAccountName=store")),
        ["POST /canary/{configId}"] = new("write", h => Task.FromResult(Json(HttpMethod.Post,
            $"/canary/{h.Alpha.ConfigId}?application=alpha&metricsAccountName=prom&storageAccountName=store", CanaryClient.Request()))),
        ["GET /canary/{id}"] = new("read", h => Task.FromResult(Json(HttpMethod.Get, $"/canary/{h.Alpha.ExecutionId}"))),
        ["GET /canary/executions"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/canary/executions?application=alpha"))),
        ["GET /canary/{id}/report"] = new("read", h => Task.FromResult(Json(HttpMethod.Get, $"/canary/{h.Alpha.ExecutionId}/report"))),
        ["GET /canary/{id}/verdict"] = new("read", h => Task.FromResult(Json(HttpMethod.Get, $"/canary/{h.Alpha.ExecutionId}/verdict"))),
        ["PUT /canary/{id}/cancel"] = new("write", async h => Json(HttpMethod.Put, $"/canary/{await h.StartExecutionAsync("alpha", h.Alpha.ConfigId)}/cancel")),
        ["PUT /pipelines/{id}/cancel"] = new("write", async h => Json(HttpMethod.Put, $"/pipelines/{await h.StartExecutionAsync("alpha", h.Alpha.ConfigId)}/cancel", JsonValue.Create(""))),
        ["POST /standalone_canary_analysis/{configId}"] = new("write", h => Task.FromResult(Json(HttpMethod.Post,
            $"/standalone_canary_analysis/{h.Alpha.ConfigId}?application=alpha&metricsAccountName=prom&storageAccountName=store", AnalysisClient.Request()))),
        ["GET /standalone_canary_analysis/{id}"] = new("read", h => Task.FromResult(Json(HttpMethod.Get, $"/standalone_canary_analysis/{h.Alpha.AnalysisId}"))),
        ["GET /standalone_canary_analysis/{id}/report"] = new("read", h => Task.FromResult(Json(HttpMethod.Get, $"/standalone_canary_analysis/{h.Alpha.AnalysisId}/report"))),
        ["PUT /standalone_canary_analysis/{id}/cancel"] = new("write", async h =>
            Json(HttpMethod.Put, $"/standalone_canary_analysis/{await h.StartAnalysisAsync("alpha", h.Alpha.ConfigId)}/cancel")),
        ["GET /gates/analysis"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/gates/analysis?application=alpha&analysisId=rollout-1"))),
        ["GET /judges"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/judges"))),
        ["POST /judges/judge/inline"] = new("write", _ => Task.FromResult(Json(HttpMethod.Post, "/judges/judge/inline", new JsonObject()))),
        ["GET /metricSetPairList"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/metricSetPairList"))),
        ["GET /metricSetList"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/metricSetList"))),
        ["POST /metricSetList"] = new("write", _ => Task.FromResult(Json(HttpMethod.Post, "/metricSetList", new JsonArray()))),
        ["GET /credentials"] = new("admin", _ => Task.FromResult(Json(HttpMethod.Get, "/credentials"))),
        ["GET /metrics"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/metrics"))),
        ["GET /openapi.yaml"] = new("read", _ => Task.FromResult(Json(HttpMethod.Get, "/openapi.yaml"))),
        ["GET /health"] = new(null, _ => Task.FromResult(Json(HttpMethod.Get, "/health"))),
        ["GET /healthz"] = new(null, _ => Task.FromResult(Json(HttpMethod.Get, "/healthz"))),
        ["GET /readyz"] = new(null, _ => Task.FromResult(Json(HttpMethod.Get, "/readyz"))),
        ["GET /report/assets/report.css"] = new(null, _ => Task.FromResult(Json(HttpMethod.Get, "/report/assets/report.css"))),
    };

    private static readonly Dictionary<string, (string? Key, int Level)> Callers = new()
    {
        ["none"] = (null, 0),
        ["unknown key"] = ("not-a-configured-key", 0),
        ["read"] = (AuthHost.ReaderKey, 1),
        ["write"] = (AuthHost.WriterKey, 2),
        ["admin"] = (AuthHost.AdminKey, 3),
    };

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Routes.Keys)
        foreach (var caller in Callers.Keys)
            data.Add(route, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Role_decides_access(string routeName, string callerName)
    {
        var route = Routes[routeName];
        var (key, level) = Callers[callerName];
        var needed = route.Needs switch { null => 0, "read" => 1, "write" => 2, _ => 3 };

        var response = await host.Client(key).SendAsync(await route.Request(host));

        if (needed > 0 && key is null or "not-a-configured-key")
        {
            var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
            Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
            Assert.DoesNotContain("not-a-configured-key", problem.ToString());
        }
        else if (level < needed)
        {
            var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
            Assert.Contains($"needs role '{route.Needs}'", problem.GetProperty("detail").GetString());
        }
        else
        {
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                $"{routeName} as {callerName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            // 503 is a verdict still running; a 500 would be a fault.
            Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{routeName} as {callerName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task X_Api_Key_header_authenticates_like_bearer()
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AuthHost.AdminKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/credentials")).StatusCode);
    }
}
