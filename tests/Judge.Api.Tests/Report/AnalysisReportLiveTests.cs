using System.Net;
using System.Text.RegularExpressions;
using Judge.Api.Tests.StandaloneAnalyses;

namespace Judge.Api.Tests.Report;

/// <summary>
/// GET /standalone_canary_analysis/{id}/report of a real analysis run through the engine in fake time: over HTTP, and in
/// real headless Chromium (screenshot in TestResults/report-screenshots/lifetime-analysis.png).
/// </summary>
public sealed class AnalysisReportLiveTests(AnalysisReportHostFixture host) : IClassFixture<AnalysisReportHostFixture>
{
    [Fact]
    public async Task The_completed_analysis_shows_its_verdict_its_score_chart_and_a_link_per_judgement_in_the_browser()
    {
        Assert.Equal([100.0, 80.0, 100.0], AnalysisClient.Scores(host.Status));
        var executionIds = AnalysisClient.Results(host.Status).Select(r => r!["executionId"]!.GetValue<string>()).ToList();

        var dom = await Chromium.DumpDomAsync(host.ReportUrl());

        var body = ReportBrowserTests.BodyTag(dom);
        Assert.Equal("passed", ReportBrowserTests.Attribute(body, "data-state"));
        Assert.Equal("Pass", ReportBrowserTests.Attribute(body, "data-verdict"));
        Assert.Equal("true", ReportBrowserTests.Attribute(body, "data-report-ready"));
        Assert.Contains("<p class=\"verdict-label\">PASS</p>", dom);
        Assert.Contains("Final canary score 100.0 met or exceeded the pass score threshold.", dom);
        Assert.Contains("3 of 3 planned judgements ran: 2 passed, 1 marginal, 0 failed.", dom);
        Assert.Equal("1", ReportBrowserTests.Attribute(body, "data-charts-expected"));
        Assert.Equal("1", ReportBrowserTests.Attribute(body, "data-charts-rendered"));
        Assert.Single(Regex.Matches(dom, "<canvas [^>]*data-chart=\"scores\"[^>]*data-rendered=\"true\""));
        var links = Regex.Matches(dom, "<a class=\"judgement-report\" href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(executionIds.Select(id => $"/canary/{id}/report?storageAccountName=store"), links);
        ReportBrowserTests.AssertNoPageErrors(dom);

        await Chromium.ScreenshotAsync(host.ReportUrl(), ReportArtifacts.PathOf("lifetime-analysis.png"), height: 1300);
        await Chromium.ScreenshotAsync(host.ReportUrl(), ReportArtifacts.PathOf("lifetime-analysis-390px.png"), width: 390, height: 2000);
    }

    [Fact]
    public async Task An_analysis_that_failed_at_its_last_planned_judgement_says_why_it_failed_in_the_browser()
    {
        var dom = await Chromium.DumpDomAsync(host.ReportUrlOf(host.FailedAtLastId));

        var verdict = Regex.Match(dom, "<section id=\"verdict\".*?</section>", RegexOptions.Singleline).Value;
        Assert.True(verdict.Contains("<p class=\"verdict-label\">FAIL</p>") && verdict.Contains("3 of 3 planned judgements ran"), verdict);
        Assert.Contains("<h3>Why it failed</h3>", dom);
        Assert.DoesNotContain("stopped early", dom);
        ReportBrowserTests.AssertNoPageErrors(dom);
        foreach (var width in new[] { 1280, 390 })
            await Chromium.ScreenshotAsync(host.ReportUrlOf(host.FailedAtLastId), ReportArtifacts.PathOf($"lifetime-failed-at-last-{width}px.png"),
                width: width, height: 2000);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_page_and_its_judgements_table_fit_a_laptop_and_a_phone(int width)
    {
        const string Overflow = """
            var root = doc.documentElement, table = doc.querySelector('table.judgements');
            return { page: root.scrollWidth, viewport: root.clientWidth, table: table.scrollWidth, box: table.parentElement.clientWidth };
            """;

        var m = (await LayoutProbe.MeasureAsync(host.BaseAddress, $"/standalone_canary_analysis/{host.AnalysisId}/report", width, Overflow))!.AsObject();

        Assert.True(m["page"]!.GetValue<double>() <= width, $"the page scrolls sideways at {width} px: {m.ToJsonString()}");
        Assert.True(m["table"]!.GetValue<double>() <= m["box"]!.GetValue<double>(), $"the judgements table is wider than its box at {width} px: {m.ToJsonString()}");
    }

    [Fact]
    public async Task The_page_is_html_under_the_strict_policy_and_every_judgement_link_opens_its_canary_report()
    {
        using var response = await host.Http.GetAsync($"/standalone_canary_analysis/{host.AnalysisId}/report");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        var links = Regex.Matches(html, "<a class=\"judgement-report\" href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(3, links.Count);
        foreach (var link in links)
        {
            var report = await host.Http.GetStringAsync(link);
            Assert.Contains("<h1>Canary report: checkout-lifetime</h1>", report);
        }
        var json = Regex.Match(html, "<nav class=\"raw-links\"[^>]*><a href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains(host.AnalysisId, await host.Http.GetStringAsync(WebUtility.HtmlDecode(json)));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound)]
    [InlineData("not..an..id", HttpStatusCode.BadRequest)]
    public async Task Unknown_and_invalid_ids_answer_as_the_json_route_does(string id, HttpStatusCode expected)
    {
        using var page = await host.Http.GetAsync($"/standalone_canary_analysis/{id}/report");
        using var json = await host.Http.GetAsync($"/standalone_canary_analysis/{id}");

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, json.StatusCode);
        Assert.Equal("application/problem+json", page.Content.Headers.ContentType!.MediaType);
    }
}
