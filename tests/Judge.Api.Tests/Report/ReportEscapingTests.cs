using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Judge.Api.Tests.Report;

/// <summary>Every string from a config, a request, a metric source or an error must reach the page as text, never as markup.</summary>
public sealed class ReportEscapingTests
{
    private const string ScriptTag = "<script>alert('xss')</script>";
    private const string AttributeBreakout = "\"><img src=x onerror=alert(1)>";
    private const string Hostile = ScriptTag + AttributeBreakout + "</script>&amp;";

    [Fact]
    public void Hostile_strings_in_a_succeeded_execution_render_as_text()
    {
        var json = ReportFixtures.ExecutionJson();
        var pairs = ReportFixtures.PairsJson();
        json["application"] = Hostile;
        json["config"]!["name"] = Hostile;
        json["config"]!["description"] = Hostile;
        json["config"]!["metrics"]![0]!["name"] = Hostile;
        json["config"]!["classifier"]!["groupWeights"]![Hostile] = 1;
        json["canaryConfigId"] = Hostile;
        json["canaryExecutionRequest"]!["metadata"]![0]!["value"] = Hostile;
        var scope = json["canaryExecutionRequest"]!["scopes"]!["default"]!["controlScope"]!;
        scope["scope"] = Hostile;
        scope["location"] = Hostile;
        scope["extendedScopeParams"]![Hostile] = Hostile;
        var judge = json["result"]!["judgeResult"]!;
        judge["score"]!["classificationReason"] = Hostile;
        judge["groupScores"]![0]!["name"] = Hostile;
        var p99 = judge["results"]![3]!;
        p99["name"] = Hostile;
        p99["classificationReason"] = Hostile;
        p99["groups"] = new JsonArray(Hostile);
        p99["tags"] = new JsonObject { [Hostile] = Hostile };
        p99["classification"] = Hostile;   // an unknown classification is shown too, as text
        pairs[3]!["name"] = Hostile;

        var html = ReportFixtures.Render(json, pairs);

        AssertOnlyJudgesMarkup(html);
        Assert.Contains("<h1>Canary report: &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("data-metric-name=\"&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&quot;&gt;&lt;img", html);
        Assert.Contains("&lt;/script&gt;&amp;amp;", html);   // an entity in the input stays literal text
        // In the chart data the name is a JSON string that cannot close its script element.
        var data = JsonNode.Parse(ReportPageTests.ChartData(html))!["metrics"]!.AsArray();
        Assert.Contains(data, m => (string?)m?["name"] == Hostile);
        Assert.Contains("\\u003Cscript\\u003E", ReportPageTests.ChartData(html));
    }

    [Fact]
    public void Hostile_strings_in_a_failed_execution_render_as_text()
    {
        var json = ReportFixtures.Failed(Hostile);
        json["stageStatus"]![Hostile] = Hostile;
        json["exception"]!["exceptionType"] = Hostile;

        var html = ReportFixtures.Render(json, null);

        AssertOnlyJudgesMarkup(html);
        Assert.Contains("<p class=\"error-message\">&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", html);
    }

    [Fact]
    public void Hostile_strings_in_a_running_execution_render_as_text()
    {
        var json = ReportFixtures.Running();
        json["stageStatus"] = new JsonObject { [Hostile] = "running" };

        var html = ReportFixtures.Render(json, null);

        AssertOnlyJudgesMarkup(html);
        Assert.Contains("<strong class=\"current-stage\">&lt;script&gt;", html);
    }

    /// <summary>The page's own three script elements and nothing that could start another element or attribute.</summary>
    private static void AssertOnlyJudgesMarkup(string html)
    {
        Assert.Equal(3, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        Assert.Equal(3, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert('xss')", html);
    }

    [Fact]
    public void Queries_show_their_quotes_as_quotes_not_unicode_escapes()
    {
        var json = ReportFixtures.ExecutionJson();
        json["config"]!["metrics"]![0]!["query"] = new JsonObject
        {
            ["type"] = "prometheus",
            ["customInlineTemplate"] = "PromQL:sum(rate(requests_total{version=\"${scope}\"}[5s]))",
        };

        var html = ReportFixtures.Render(json, ReportFixtures.PairsJson());

        Assert.DoesNotContain("\\u0022", html);
        Assert.Contains("version=\\&quot;${scope}\\&quot;", html);
    }
}
