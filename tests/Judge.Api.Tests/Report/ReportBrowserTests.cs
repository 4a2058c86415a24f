using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Judge.Api.Report;

namespace Judge.Api.Tests.Report;

/// <summary>
/// The report of real executions loaded in real headless Chromium: what a person sees once the scripts ran.
/// Screenshots (and a PDF printout) land in TestResults/report-screenshots.
/// </summary>
[Collection(ReportHostCollection.Name)]
public sealed partial class ReportBrowserTests(ReportHostFixture host)
{
    [Fact]
    public async Task A_judged_execution_shows_its_verdict_every_metric_and_all_its_charts()
    {
        var dom = await Chromium.DumpDomAsync(host.ReportUrl(host.JudgedId, "#all-charts"));
        var judge = host.JudgedStatus["result"]!["judgeResult"]!;
        var verdict = judge["score"]!["classification"]!.GetValue<string>();

        var body = BodyTag(dom);
        Assert.Equal("succeeded", Attribute(body, "data-state"));
        Assert.Equal(verdict, Attribute(body, "data-verdict"));
        Assert.Equal("true", Attribute(body, "data-report-ready"));
        Assert.Contains($"<p class=\"verdict-label\">{verdict.ToUpperInvariant()}</p>", dom);
        foreach (var result in judge["results"]!.AsArray())
            Assert.Contains($">{TextNode(result!["name"]!.GetValue<string>())}</a>", dom);
        Assert.Equal(6, int.Parse(Attribute(body, "data-charts-expected"), CultureInfo.InvariantCulture));
        Assert.Equal("6", Attribute(body, "data-charts-rendered"));
        Assert.Equal(6, Regex.Matches(dom, "<canvas [^>]*data-rendered=\"true\"").Count);
        AssertNoPageErrors(dom);

        await Chromium.ScreenshotAsync(host.ReportUrl(host.JudgedId, "#all-charts"), ReportArtifacts.PathOf("judged-execution.png"), height: 3600);
    }

    [Fact]
    public async Task A_single_metric_report_draws_both_its_charts_on_the_first_screen()
    {
        var dom = await Chromium.DumpDomAsync(host.ReportUrl(host.SingleId));

        var body = BodyTag(dom);
        Assert.Equal("Pass", Attribute(body, "data-verdict"));
        Assert.Contains("<p class=\"verdict-label\">PASS</p>", dom);
        Assert.Contains(">cpu_seconds</a>", dom);
        Assert.Equal("2", Attribute(body, "data-charts-expected"));
        Assert.Equal("2", Attribute(body, "data-charts-rendered"));
        AssertNoPageErrors(dom);
        await Chromium.ScreenshotAsync(host.ReportUrl(host.SingleId), ReportArtifacts.PathOf("single-metric.png"));
    }

    [Fact]
    public async Task A_metric_name_made_of_markup_stays_text_in_the_browser()
    {
        var dom = await Chromium.DumpDomAsync(host.ReportUrl(host.JudgedId, "#all-charts"));

        Assert.DoesNotContain("data-pwned", BodyTag(dom));
        Assert.Equal(3, Regex.Matches(dom, "<script").Count);   // the data block, Chart.js and report.js
        Assert.DoesNotContain("<img", dom);
        Assert.Contains(TextNode(ReportHostFixture.HostileMetricName), dom);
        AssertNoPageErrors(dom);
    }

    [Fact]
    public async Task Two_hundred_metrics_draw_their_charts_lazily_and_all_of_them_on_request()
    {
        // Opened at the 100th card: the charts around it are drawn, the rest wait until they are scrolled to.
        var lazy = await Chromium.DumpDomAsync(host.ReportUrl(host.ManyId, "#metric-100"));

        var expected = ReportHostFixture.ManyMetrics * MetricCards.ChartsPerMetric;
        var body = BodyTag(lazy);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), Attribute(body, "data-charts-expected"));
        var drawn = int.Parse(Attribute(body, "data-charts-rendered"), CultureInfo.InvariantCulture);
        Assert.InRange(drawn, 2, expected / 4);   // only the cards near the viewport
        Assert.Equal(2, Regex.Matches(Card(lazy, 100), "data-rendered=\"true\"").Count);
        Assert.DoesNotContain("data-rendered", Card(lazy, 0));
        for (var i = 0; i < ReportHostFixture.ManyMetrics; i++)
            Assert.Matches($">metric_{i:D3}(_worse)?</a>", lazy);
        AssertNoPageErrors(lazy);
        await Chromium.ScreenshotAsync(host.ReportUrl(host.ManyId), ReportArtifacts.PathOf("many-metrics.png"));

        var all = await Chromium.DumpDomAsync(host.ReportUrl(host.ManyId, "#all-charts"), virtualTimeMs: 30000);

        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), Attribute(BodyTag(all), "data-charts-rendered"));
        AssertNoPageErrors(all);
    }

    [Fact]
    public async Task A_failed_execution_shows_its_error_in_the_browser()
    {
        var status = JsonNode.Parse(await host.Http.GetStringAsync($"/canary/{host.FailedId}"))!;
        var error = status["exception"]!["details"]!["errors"]![0]!.GetValue<string>();

        var dom = await Chromium.DumpDomAsync(host.ReportUrl(host.FailedId));

        Assert.Equal("failed", Attribute(BodyTag(dom), "data-state"));
        Assert.Contains("<p class=\"verdict-label\">FAILED</p>", dom);
        Assert.Contains(TextNode(error), dom);
        AssertNoPageErrors(dom);
        await Chromium.ScreenshotAsync(host.ReportUrl(host.FailedId), ReportArtifacts.PathOf("failed-execution.png"), height: 1400);
    }

    [Fact]
    public async Task The_report_prints_to_pdf()
    {
        var file = ReportArtifacts.PathOf("judged-execution.pdf");

        await Chromium.PrintToPdfAsync(host.ReportUrl(host.JudgedId), file);

        var head = new byte[5];
        await using (var pdf = File.OpenRead(file))
            await pdf.ReadExactlyAsync(head);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
        Assert.True(new FileInfo(file).Length > 10_000, "the printout is suspiciously small");
    }

    internal static void AssertNoPageErrors(string dom)
    {
        var box = Regex.Match(dom, "<pre id=\"report-errors\"[^>]*>(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(box.Success, "the page has no error box");
        Assert.True(box.Groups[1].Value.Length == 0, "the page reported errors: " + box.Groups[1].Value);
        Assert.Contains(" hidden", box.Value[..box.Value.IndexOf('>')]);
    }

    private static string Card(string dom, int index)
    {
        var card = Regex.Match(dom, $"<article [^>]*id=\"metric-{index}\".*?</article>", RegexOptions.Singleline);
        Assert.True(card.Success, $"no card metric-{index}");
        return card.Value;
    }

    internal static string BodyTag(string dom) => BodyRegex().Match(dom).Value;

    internal static string Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"([^\"]*)\"");
        Assert.True(match.Success, $"{name} is missing from {tag}");
        return match.Groups[1].Value;
    }

    /// <summary>How Chromium serializes a text node: &amp;, &lt;, &gt; (and no-break spaces) escaped, quotes kept.</summary>
    internal static string TextNode(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\u00A0", "&nbsp;");

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex BodyRegex();
}
