using System.Text.Json.Nodes;

namespace Judge.Api.Tests.Report;

/// <summary>
/// The report fits the page on a laptop (1280 px) and a phone (390 px): no sideways scrolling of the page, and the
/// metrics table — reasons included — inside its box rather than behind a scrollbar (issue 15 item 10).
/// Screenshots at both widths land in TestResults/report-screenshots.
/// </summary>
[Collection(ReportHostCollection.Name)]
public sealed class ReportLayoutBrowserTests(ReportHostFixture host)
{
    private const string Overflow = """
        var root = doc.documentElement;
        var table = doc.querySelector('table.metrics');
        var box = table.parentElement;
        var reasons = Array.prototype.map.call(doc.querySelectorAll('table.metrics td.reason'),
          function (td) { return Math.ceil(td.getBoundingClientRect().right); });
        // The outermost elements that stick out to the right, to say what overflows.
        var wide = Array.prototype.filter.call(doc.body.querySelectorAll('*'), function (e) {
          return e.getBoundingClientRect().right > root.clientWidth + 0.5 && e.closest('.table-scroll') === null
            && (e.parentElement === null || e.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5);
        }).slice(0, 5).map(function (e) { return e.tagName + '.' + e.className + ' ' + Math.ceil(e.getBoundingClientRect().right); });
        return { page: root.scrollWidth, viewport: root.clientWidth, table: table.scrollWidth, box: box.clientWidth,
                 reasonsRight: Math.max.apply(null, reasons), wide: wide };
        """;

    [Theory]
    [InlineData(1280, "judged")]
    [InlineData(390, "judged")]
    [InlineData(1280, "layout")]
    [InlineData(390, "layout")]
    public async Task The_metrics_table_fits_the_page_reasons_included(int width, string execution)
    {
        var id = execution == "layout" ? host.LayoutId : host.JudgedId;
        var path = $"/canary/{id}/report";

        var m = (await LayoutProbe.MeasureAsync(host.BaseAddress, path, width, Overflow))!.AsObject();

        Assert.Equal(width, Number(m, "viewport"));
        Assert.True(Number(m, "page") <= Number(m, "viewport"), $"the page scrolls sideways at {width} px: {m.ToJsonString()}");
        Assert.True(Number(m, "table") <= Number(m, "box"), $"the metrics table is wider than its box at {width} px: {m.ToJsonString()}");
        Assert.True(Number(m, "reasonsRight") <= Number(m, "viewport"), $"a reason ends off the page at {width} px: {m.ToJsonString()}");
        await Chromium.ScreenshotAsync(host.ReportUrl(id, "#all-charts"), ReportArtifacts.PathOf($"{execution}-execution-{width}px.png"),
            width: width, height: 4200);
    }

    internal static double Number(JsonObject o, string name) => o[name]!.GetValue<double>();
}
