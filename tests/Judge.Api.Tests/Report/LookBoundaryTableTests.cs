using System.Text.RegularExpressions;
using Judge.Api.Execution;
using Judge.Stats.Sequential;

namespace Judge.Api.Tests.Report;

/// <summary>The table beside the score chart of a sequential analysis: each look's fail and early-pass boundary.</summary>
public sealed class LookBoundaryTableTests
{
    [Fact]
    public void A_sequential_analysis_shows_each_looks_boundaries_and_tolerance_check_beside_its_score_chart()
    {
        var analysis = AnalysisReportFixtures.Analysis(3, (100, "Pass"), (100, "Pass"));
        analysis.Judgements[0].Boundary = new LookBoundary(1, 3, 1 / 3.0, 4.31, 0.9999837201441616);
        analysis.Judgements[1].Boundary = new LookBoundary(2, 3, 2 / 3.0, 2.96, 0.9969);
        analysis.Judgements[1].EarlyPassBoundary = new LookBoundary(2, 3, 2 / 3.0, 2.6, 0.9907);
        analysis.Judgements[1].ToleranceCheck = new ToleranceCheck(0.9907,
            [new MetricToleranceCheck("latency", -0.02, 0.12, false), new MetricToleranceCheck("errors", -0.01, 0.03, true)]);

        var html = AnalysisReportFixtures.Render(analysis);

        var section = Regex.Match(html, "<section id=\"scores\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("<div class=\"chart-pair\">", section);
        Assert.Contains("<caption>What each look was held to</caption>", section);
        Assert.Contains("<tr data-look=\"1\"><th scope=\"row\" class=\"num\">1</th><td>99.9983 %, look 1/3</td><td>–</td><td>–</td></tr>", section);
        Assert.Contains("<tr data-look=\"2\"><th scope=\"row\" class=\"num\">2</th><td>99.69 %, look 2/3</td><td>99.07 %</td><td>not latency</td></tr>", section);
    }

    [Fact]
    public void A_kayenta_rule_analysis_has_no_boundary_table()
    {
        var html = AnalysisReportFixtures.Render(AnalysisReportFixtures.Analysis(3, (100, "Pass")));

        Assert.DoesNotContain("What each look was held to", html);
        Assert.DoesNotContain("chart-pair", html);
    }
}
