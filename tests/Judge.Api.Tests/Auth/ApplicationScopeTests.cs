using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Api.Tests.StandaloneAnalyses;

namespace Judge.Api.Tests.Auth;

/// <summary>
/// A key limited to application "alpha" sees and touches alpha's configs, executions, analyses and reports; beta's
/// answer 404 as if absent, listings leave them out, creating for beta is 403, and stored lists (no application) are 403.
/// </summary>
public sealed class ApplicationScopeTests(AuthHost host) : IClassFixture<AuthHost>
{
    private HttpClient Alpha => host.Client(AuthHost.AlphaWriterKey);

    [Theory]
    [InlineData("GET", "/canaryConfig/{config}")]
    [InlineData("PUT", "/canaryConfig/{config}?configurationAccountName=store")]
    [InlineData("DELETE", "/canaryConfig/{config}?configurationAccountName=store")]
    [InlineData("POST", "/canary/{config}?application=alpha&metricsAccountName=prom&storageAccountName=store")]
    [InlineData("POST", "/standalone_canary_analysis/{config}?application=alpha&metricsAccountName=prom&storageAccountName=store")]
    [InlineData("POST", "/canary/{config}/verdict?application=alpha&metricsAccountName=prom&storageAccountName=store")]
    [InlineData("GET", "/canary/{execution}")]
    [InlineData("GET", "/canary/{execution}/report")]
    [InlineData("GET", "/canary/{execution}/verdict")]
    [InlineData("PUT", "/canary/{execution}/cancel")]
    [InlineData("PUT", "/pipelines/{execution}/cancel")]
    [InlineData("GET", "/standalone_canary_analysis/{analysis}")]
    [InlineData("GET", "/standalone_canary_analysis/{analysis}/report")]
    [InlineData("PUT", "/standalone_canary_analysis/{analysis}/cancel")]
    public async Task Another_applications_resources_are_not_found(string method, string template)
    {
        var beta = await Alpha.SendAsync(Request(method, template, host.Beta));
        await ProblemAssert.IsProblem(beta, HttpStatusCode.NotFound);

        // The admin still sees beta's resource: the 404 is the scope, not a missing resource.
        if (method == "GET")
            Assert.NotEqual(HttpStatusCode.NotFound, (await host.Client(AuthHost.AdminKey).SendAsync(Request(method, template, host.Beta))).StatusCode);
    }

    [Theory]
    [InlineData("/canaryConfig/{config}")]
    [InlineData("/canary/{execution}")]
    [InlineData("/canary/{execution}/report")]
    [InlineData("/standalone_canary_analysis/{analysis}")]
    [InlineData("/standalone_canary_analysis/{analysis}/report")]
    public async Task Own_applications_resources_are_served(string template)
    {
        var response = await Alpha.SendAsync(Request("GET", template, host.Alpha));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Listings_leave_other_applications_out()
    {
        var configs = JsonNode.Parse(await Alpha.GetStringAsync("/canaryConfig"))!.AsArray();
        Assert.Contains(configs, c => c!["id"]!.GetValue<string>() == host.Alpha.ConfigId);
        Assert.DoesNotContain(configs, c => c!["id"]!.GetValue<string>() == host.Beta.ConfigId);

        var own = JsonNode.Parse(await Alpha.GetStringAsync("/canary/executions?application=alpha&storageAccountName=store"))!.AsArray();
        Assert.Contains(own, e => e!["pipelineId"]!.GetValue<string>() == host.Alpha.ExecutionId);
        var other = JsonNode.Parse(await Alpha.GetStringAsync("/canary/executions?application=beta&storageAccountName=store"))!.AsArray();
        Assert.Empty(other);
        var asAdmin = JsonNode.Parse(await host.Client(AuthHost.AdminKey).GetStringAsync("/canary/executions?application=beta&storageAccountName=store"))!.AsArray();
        Assert.NotEmpty(asAdmin);
    }

    [Fact]
    public async Task Creating_for_another_application_is_forbidden()
    {
        var config = await Alpha.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", Samples.Config($"b-{Guid.NewGuid():N}", "beta"));
        await ProblemAssert.IsProblem(config, HttpStatusCode.Forbidden);
        var mixed = await Alpha.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", Samples.Config($"ab-{Guid.NewGuid():N}", "alpha", "beta"));
        await ProblemAssert.IsProblem(mixed, HttpStatusCode.Forbidden);
        var own = await Alpha.PostAsJsonAsync("/canaryConfig?configurationAccountName=store", Samples.Config($"a-{Guid.NewGuid():N}", "alpha"));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var execution = await Alpha.PostAsJsonAsync(
            $"/canary/{host.Alpha.ConfigId}?application=beta&metricsAccountName=prom&storageAccountName=store", Execution.CanaryClient.Request());
        await ProblemAssert.IsProblem(execution, HttpStatusCode.Forbidden);
        var analysis = await Alpha.PostAsJsonAsync(
            "/standalone_canary_analysis?application=beta&metricsAccountName=prom&storageAccountName=store",
            new JsonObject { ["canaryConfig"] = Samples.Config("adhoc", "beta"), ["executionRequest"] = AnalysisClient.Request() });
        await ProblemAssert.IsProblem(analysis, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET", "/metricSetPairList")]
    [InlineData("GET", "/metricSetList")]
    [InlineData("POST", "/judges/judge")]
    public async Task Data_of_no_application_needs_an_unlimited_caller(string method, string path)
    {
        var response = await Alpha.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains("limited to applications", problem.GetProperty("detail").GetString());
    }

    private static HttpRequestMessage Request(string method, string template, AuthHost.Resources resources)
    {
        var path = template.Replace("{config}", resources.ConfigId).Replace("{execution}", resources.ExecutionId).Replace("{analysis}", resources.AnalysisId);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "PUT" && template.StartsWith("/canaryConfig", StringComparison.Ordinal))
            request.Content = JsonContent.Create(Samples.Config($"x-{Guid.NewGuid():N}", "alpha"));
        else if (method is "POST" && template.StartsWith("/canary/", StringComparison.Ordinal))
            request.Content = JsonContent.Create(Execution.CanaryClient.Request());
        else if (method is "POST")
            request.Content = JsonContent.Create(AnalysisClient.Request());
        return request;
    }
}
