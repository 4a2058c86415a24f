using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Report;

/// <summary>
/// Measures a report as Chromium lays it out. The test host serves /__probe, a page of the same origin that loads the
/// report in an iframe of the given width, waits until report.js says it is ready (no scrollbars, as on a phone), runs the test's JavaScript with
/// <c>win</c> (the report's window) and <c>doc</c> (its document) in scope and writes what it returns as JSON into the
/// page, which <see cref="Chromium.DumpDomAsync"/> then reads. Test-only: the service has no such route.
/// </summary>
public static class LayoutProbe
{
    public const string Path = "/__probe";

    /// <summary>Registers the probe page on a test host.</summary>
    public static void AddTo(IServiceCollection services) => services.AddTransient<IStartupFilter, ProbeStartupFilter>();

    /// <summary>
    /// Loads <paramref name="reportPath"/> (path, query and fragment on the host) at <paramref name="width"/> CSS pixels
    /// and returns what <paramref name="script"/> (a function body ending in a return) gives back.
    /// </summary>
    public static async Task<JsonNode?> MeasureAsync(Uri baseAddress, string reportPath, int width, string script, int virtualTimeMs = 15000)
    {
        var url = new Uri(baseAddress,
            $"{Path}?src={Uri.EscapeDataString(reportPath)}&width={width}&script={Uri.EscapeDataString(script)}");
        var dom = await Chromium.DumpDomAsync(url.ToString(), width + 40, 2000, virtualTimeMs);
        var start = dom.IndexOf("<pre id=\"probe-result\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the probe page wrote no result: " + dom[..Math.Min(dom.Length, 2000)]);
        start += "<pre id=\"probe-result\">".Length;
        var text = WebUtility.HtmlDecode(dom[start..dom.IndexOf("</pre>", start, StringComparison.Ordinal)]);
        var result = JsonNode.Parse(text)!;
        Assert.True(result["error"] is null, "the probe failed: " + result["error"]);
        return result["value"];
    }

    private sealed class ProbeStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, probe => probe.Run(context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                return context.Response.WriteAsync(Page(context.Request.Query));
            }));
            next(app);
        };

        private static string Page(IQueryCollection query)
        {
            var src = JsonSerializer.Serialize(query["src"].ToString());
            var width = int.Parse(query["width"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var script = JsonSerializer.Serialize(query["script"].ToString());
            return $$"""
                <!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0} iframe{border:0;display:block}</style></head>
                <body><iframe id="report" scrolling="no" style="width:{{width}}px;height:1800px"></iframe><pre id="probe-result"></pre>
                <script>
                (function () {
                  var frame = document.getElementById('report');
                  var out = document.getElementById('probe-result');
                  function done(result) { out.textContent = JSON.stringify(result); }
                  function poll(tries) {
                    var win = frame.contentWindow, doc = frame.contentDocument;
                    if (!doc || !doc.body || doc.body.getAttribute('data-report-ready') !== 'true') {
                      if (tries > 200) { done({ error: 'the report never became ready' }); return; }
                      setTimeout(function () { poll(tries + 1); }, 50);
                      return;
                    }
                    try { done({ value: new Function('win', 'doc', {{script}})(win, doc) }); }
                    catch (e) { done({ error: String(e) }); }
                  }
                  frame.addEventListener('load', function () { poll(0); });
                  frame.src = {{src}};
                })();
                </script></body></html>
                """;
        }
    }
}
