using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

/// <summary>GET /canary/{id}/report and /report/assets over HTTP against real executions.</summary>
[Collection(ReportHostCollection.Name)]
public sealed class ReportRouteTests(ReportHostFixture host)
{
    [Fact]
    public async Task The_report_is_html_with_a_strict_content_security_policy()
    {
        using var response = await host.Http.GetAsync($"/canary/{host.JudgedId}/report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_report_holds_the_numbers_of_the_real_execution()
    {
        var html = await host.Http.GetStringAsync($"/canary/{host.JudgedId}/report");
        var judge = host.JudgedStatus["result"]!["judgeResult"]!;

        Assert.Contains($"data-verdict=\"{judge["score"]!["classification"]}\"", html);
        Assert.Contains($"Score <strong>{ReportNumbers.Format(judge["score"]!["score"]!.GetValue<double>())}</strong>", html);
        foreach (var result in judge["results"]!.AsArray())
        {
            var baseline = result!["controlMetadata"]!["stats"]!;
            var canary = result["experimentMetadata"]!["stats"]!;
            var row = Regex.Match(html, $"<tr [^>]*data-metric-name=\"{Regex.Escape(Encode(result["name"]!.GetValue<string>()))}\".*?</tr>").Value;
            Assert.Contains($"<td class=\"num\" data-label=\"Mean\">{ReportNumbers.Format(baseline["mean"]!.GetValue<double>())} → {ReportNumbers.Format(canary["mean"]!.GetValue<double>())}</td>", row);
            Assert.Contains($"<td class=\"num\" data-label=\"Median\">{ReportNumbers.Format(baseline["median"]!.GetValue<double>())} → {ReportNumbers.Format(canary["median"]!.GetValue<double>())}</td>", row);
            var pValue = result["resultMetadata"]?["pValue"]?.GetValue<double>();
            Assert.Contains($"<td class=\"num\" data-label=\"p-value\">{ReportNumbers.Format(pValue)}</td>", row);
        }
        // The critical p99_latency failed (canary latency is higher), so it leads the table.
        Assert.Matches("<tbody>\\s*<tr class=\"outcome-fail\" data-metric-name=\"p99_latency\" data-classification=\"High\"", html);
    }

    [Fact]
    public async Task The_links_lead_to_the_execution_json_and_the_stored_pairs()
    {
        var html = await host.Http.GetStringAsync($"/canary/{host.JudgedId}/report");
        var links = Regex.Matches(html, "<nav class=\"raw-links\".*?</nav>", RegexOptions.Singleline).Single().Value;
        var hrefs = Regex.Matches(links, "href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.Equal(2, hrefs.Count);
        var execution = JsonNode.Parse(await host.Http.GetStringAsync(hrefs[0]))!;
        Assert.Equal(host.JudgedId, (string?)execution["pipelineId"]);
        var pairs = JsonNode.Parse(await host.Http.GetStringAsync(hrefs[1]))!.AsArray();
        Assert.Equal(3, pairs.Count);
    }

    [Fact]
    public async Task A_running_execution_shows_the_stage_it_is_in()
    {
        var html = await host.Http.GetStringAsync($"/canary/{host.RunningId}/report");

        Assert.Contains("data-state=\"running\"", html);
        Assert.Contains("<p class=\"verdict-label\">RUNNING</p>", html);
        Assert.Matches("Current stage: <strong class=\"current-stage\">fetch(Control|Experiment)0</strong>", html);
        Assert.Contains("<td>RUNNING</td>", html);
    }

    [Fact]
    public async Task A_failed_execution_shows_the_error_it_stopped_with()
    {
        var status = JsonNode.Parse(await host.Http.GetStringAsync($"/canary/{host.FailedId}"))!;
        var error = status["exception"]!["details"]!["errors"]![0]!.GetValue<string>();

        var html = await host.Http.GetStringAsync($"/canary/{host.FailedId}/report");

        Assert.Contains("<p class=\"verdict-label\">FAILED</p>", html);
        Assert.Contains($"<p class=\"error-message\">{Encode(error)}</p>", html);
        Assert.Contains("<td>TERMINAL</td>", html);
    }

    [Fact]
    public async Task An_unknown_execution_is_a_404_problem()
    {
        using var response = await host.Http.GetAsync("/canary/5b0a3f6e-0000-4000-8000-000000000000/report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("5b0a3f6e-0000-4000-8000-000000000000", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_storage_account_is_a_problem_not_a_crash()
    {
        using var response = await host.Http.GetAsync($"/canary/{host.JudgedId}/report?storageAccountName=nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_vendored_chart_library_is_served_byte_for_byte_with_its_licence()
    {
        using var response = await host.Http.GetAsync("/report/assets/chart.umd.js");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("338399fb5bafe598d21cfc471b0590b61ceb321a985fade4f68499b151f67fbf", Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("MIT License", await host.Http.GetStringAsync("/report/assets/chart.js.LICENSE.md"));
        Assert.Equal("text/css", (await host.Http.GetAsync("/report/assets/report.css")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unchanged_asset_is_answered_304()
    {
        using var first = await host.Http.GetAsync("/report/assets/report.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/report/assets/report.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("nothing.js")]
    [InlineData("..%2FJudge.Api.dll")]
    public async Task An_unknown_asset_is_a_404(string name)
    {
        using var response = await host.Http.GetAsync("/report/assets/" + name);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Encode(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
