using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static Judge.Api.Tests.Report.ReportBrowserTests;

namespace Judge.Api.Tests.Report;

/// <summary>
/// The report of an ExactACAJudge-v2 execution whose metrics exercise issue 15 item 10 and issue 11, in real Chromium:
/// the unit on the axes, a baseline at 0 drawn above the axis, "no data" said instead of empty charts and a ratio of 1,
/// queries with their quotes, and each metric's detectable change with a visible LOW EVIDENCE flag. The screenshots of
/// this execution at both widths are taken by <see cref="ReportLayoutBrowserTests"/> (layout-execution-*.png).
/// </summary>
[Collection(ReportHostCollection.Name)]
public sealed class ReportChartFixesBrowserTests(ReportHostFixture host)
{
    private const string Charts = """
        function card(name) {
          return Array.prototype.filter.call(doc.querySelectorAll('article.metric-card'),
            function (a) { return a.getAttribute('data-metric-name') === name; })[0];
        }
        function chart(name, kind) { return win.Chart.getChart(card(name).querySelector('canvas[data-chart="' + kind + '"]')); }
        var zeroSeries = chart('error_ratio', 'series'), zeroEcdf = chart('error_ratio', 'ecdf');
        var latency = chart('avg_latency_seconds', 'series'), latencyEcdf = chart('avg_latency_seconds', 'ecdf');
        return {
          zeroY: zeroSeries.scales.y.getPixelForValue(0), axisBottom: zeroSeries.scales.y.bottom,
          zeroX: zeroEcdf.scales.x.getPixelForValue(0), axisLeft: zeroEcdf.scales.x.left,
          unitY: latency.options.scales.y.title.text, unitX: latencyEcdf.options.scales.x.title.text,
          plainY: zeroSeries.options.scales.y.title.text,
          missingCanvases: card('requests_missing').querySelectorAll('canvas').length,
          missingText: card('requests_missing').querySelector('.no-data').textContent
        };
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_charts_name_the_unit_draw_a_baseline_at_zero_above_the_axis_and_say_no_data(int width)
    {
        var m = (await LayoutProbe.MeasureAsync(host.BaseAddress, $"/canary/{host.LayoutId}/report#all-charts", width, Charts))!.AsObject();

        Assert.True(Number(m, "zeroY") < Number(m, "axisBottom") - 2, $"the baseline at 0 lies on the x axis: {m.ToJsonString()}");
        Assert.True(Number(m, "zeroX") > Number(m, "axisLeft") + 2, $"the ECDF step at 0 lies on the y axis: {m.ToJsonString()}");
        Assert.Equal("value (s)", (string?)m["unitY"]);
        Assert.Equal("value (s)", (string?)m["unitX"]);
        Assert.Equal("value", (string?)m["plainY"]);
        Assert.Equal(0, Number(m, "missingCanvases"));
        Assert.StartsWith("No data:", (string?)m["missingText"]);
    }

    [Fact]
    public async Task Units_no_data_quotes_and_evidence_read_right_in_the_browser()
    {
        var dom = await Chromium.DumpDomAsync(host.ReportUrl(host.LayoutId, "#all-charts"));
        AssertNoPageErrors(dom);

        // The unit: in the card and on the table's numbers.
        var latency = Row(dom, "avg_latency_seconds");
        Assert.Matches(@"data-label=""Mean"">0\.1\d* s → 0\.1\d* s</td>", latency);
        Assert.Contains("<span class=\"field-name\">Unit:</span> <span class=\"unit\">s</span>", Card(dom, "avg_latency_seconds"));

        // No data: said in the table and the card, no placeholder ratio of 1, no empty charts.
        var missing = Row(dom, "requests_missing");
        Assert.Contains("data-label=\"Mean\">no data → no data</td>", missing);
        Assert.Contains("data-label=\"Mean ratio\">no data</td>", missing);
        Assert.DoesNotContain("±0", missing);
        Assert.Contains("<p class=\"no-data\">No data: neither the baseline nor the canary has a single usable point", Card(dom, "requests_missing"));
        Assert.Equal("6", Attribute(BodyTag(dom), "data-charts-expected"));   // four metrics, one without data

        // Queries keep their quotes.
        Assert.DoesNotContain("\\u0022", dom);
        Assert.Contains("\"customInlineTemplate\":\"PromQL:sum(rate(http_request_duration_seconds_sum{job=\\\"sample\\\"}[1m]))", dom);

        // Issue 11: the detectable change per metric, and a visible flag where the evidence is low.
        Assert.Contains("<th scope=\"col\" class=\"num\">Detectable change</th>", dom);
        Assert.Matches(@"data-label=""Detectable change"">±\d+(\.\d+)? %</td>", latency);
        Assert.DoesNotContain("LOW EVIDENCE", latency);
        var drift = Row(dom, "slow_drift_ms");
        Assert.Contains(">LOW EVIDENCE</span>", drift);
        Assert.Contains(">LOW EVIDENCE</span>", Card(dom, "slow_drift_ms"));
        Assert.Contains("low evidence: a change the metric does not allow could pass unseen.", Card(dom, "slow_drift_ms"));
    }

    private static string Row(string dom, string metric)
    {
        var row = Regex.Match(dom, $"<tr [^>]*data-metric-name=\"{metric}\".*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no table row for {metric}");
        return row.Value;
    }

    private static string Card(string dom, string metric)
    {
        var card = Regex.Match(dom, $"<article [^>]*data-metric-name=\"{metric}\".*?</article>", RegexOptions.Singleline);
        Assert.True(card.Success, $"no card for {metric}");
        return card.Value;
    }

    private static double Number(JsonObject o, string name) => o[name]!.GetValue<double>();
}
