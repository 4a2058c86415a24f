using System.Text.Json;
using Judge.MetricSources.Datadog;
using static Judge.MetricSources.Tests.Datadog.DatadogQueries;

namespace Judge.MetricSources.Tests.Datadog;

public sealed class DatadogSeriesConverterTests
{
    private static readonly MetricQuery AnyQuery = Query(new DatadogQueryConfig { MetricName = "m" });

    private static IReadOnlyList<MetricSet> Convert(string json) =>
        DatadogSeriesConverter.Convert(JsonSerializer.Deserialize(json, DatadogJsonContext.Default.DatadogQueryResponse)!, AnyQuery, "m{tag:some-tag}");

    private static string Series(string points, string extra = "") =>
        $$"""{"status":"ok","series":[{"start":1620785040000,"end":1620785090000,"interval":5,"pointlist":[{{points}}]{{extra}}}]}""";

    [Fact]
    public void Points_are_laid_on_the_inclusive_grid_with_gaps_as_NaN()
    {
        // Kayenta's DatadogMetricsServiceTest: points at offsets 0, 2, 3, 4 and 10 of a 5 s grid.
        var set = Assert.Single(Convert(Series(
            "[1620785040000.0,1],[1620785050000.0,1],[1620785055000.0,1],[1620785060000.0,1],[1620785090000.0,1]")));

        Assert.Equal([1, double.NaN, 1, 1, 1, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 1], set.Values);
        Assert.Equal(1620785040000, set.StartTimeMillis);
        Assert.Equal(5000, set.StepMillis);
        Assert.Equal(1620785040000 + 11 * 5000, set.EndTimeMillis);
        Assert.Equal("2021-05-12T02:04:00Z", set.StartTimeIso);
        Assert.Equal("errors", set.Name);
        Assert.Equal("m{tag:some-tag}", set.Attributes["query"]);
    }

    [Fact]
    public void A_null_value_is_NaN_like_a_missing_point()
    {
        var set = Assert.Single(Convert(Series(
            "[1620785040000.0,1],[1620785045000.0,null],[1620785050000.0,2.5],[1620785090000.0,-3]")));

        Assert.Equal(1, set.Values[0]);
        Assert.True(double.IsNaN(set.Values[1]));
        Assert.Equal(2.5, set.Values[2]);
        Assert.Equal(-3, set.Values[10]);
    }

    [Fact]
    public void Every_series_becomes_its_own_tagged_metric_set()
    {
        var json = """
            {"status":"ok","series":[
              {"start":1620785040000,"end":1620785045000,"interval":5,"scope":"host:a,env:prod","tag_set":["host:a","env:prod"],"pointlist":[[1620785040000.0,1],[1620785045000.0,2]]},
              {"start":1620785040000,"end":1620785045000,"interval":5,"scope":"host:b,env:prod","pointlist":[[1620785040000.0,3],[1620785045000.0,4]]}
            ]}
            """;

        var sets = Convert(json);

        Assert.Equal(2, sets.Count);
        Assert.Equal(new Dictionary<string, string> { ["host"] = "a", ["env"] = "prod" }, sets[0].Tags);
        Assert.Equal(new Dictionary<string, string> { ["host"] = "b", ["env"] = "prod" }, sets[1].Tags);
        Assert.Equal([1.0, 2.0], sets[0].Values);
        Assert.Equal([3.0, 4.0], sets[1].Values);
    }

    [Fact]
    public void An_ungrouped_series_has_no_tags()
    {
        var set = Assert.Single(Convert(Series("[1620785040000.0,1]", ""","scope":"*","tag_set":[]""")));

        Assert.Empty(set.Tags);
    }

    [Fact]
    public void No_series_gives_one_placeholder_over_the_scope_window()
    {
        var set = Assert.Single(Convert("""{"status":"ok","series":[]}"""));

        Assert.Empty(set.Values);
        Assert.Empty(set.Tags);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), set.StartTimeMillis);
        Assert.Equal(End.ToUnixTimeMilliseconds(), set.EndTimeMillis);
        Assert.Equal("m{tag:some-tag}", set.Attributes["query"]);
    }

    [Theory]
    [InlineData("""{"series":[{"start":1620785040000,"end":1620785090000,"interval":0,"pointlist":[]}]}""")]
    [InlineData("""{"series":[{"start":1620785040000,"interval":5,"pointlist":[]}]}""")]
    [InlineData("""{"series":[{"start":1620785090000,"end":1620785040000,"interval":5,"pointlist":[]}]}""")]
    [InlineData("""{"series":[{"start":1620785040000,"end":1620785090000,"interval":5,"pointlist":[[1620785040000.0]]}]}""")]
    [InlineData("""{"series":[{"start":0,"end":9000000000000,"interval":1,"pointlist":[]}]}""")]
    public void An_unusable_series_is_refused(string json)
    {
        Assert.Throws<InvalidDatadogResponseException>(() => Convert(json));
    }
}
