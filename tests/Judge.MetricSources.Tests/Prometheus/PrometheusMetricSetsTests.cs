using System.Text.Json;
using Judge.MetricSources.Prometheus;

namespace Judge.MetricSources.Tests.Prometheus;

public class PrometheusMetricSetsTests
{
    private static readonly PrometheusRangeWindow Grid = new(1_599_658_195_474, 1_599_658_195_474 + 4 * 60_000, 60_000);

    private static PrometheusSeries Series(Dictionary<string, string> labels, params (double Seconds, double Value)[] samples) =>
        new(labels, samples.Select(s => new PrometheusSample(s.Seconds, s.Value)).ToList());

    [Fact]
    public void Places_samples_by_timestamp_so_a_missing_step_is_NaN_and_later_values_keep_their_place()
    {
        // Fractional-second timestamps as Prometheus writes them; the sample at step 1 is missing.
        var set = Assert.Single(PrometheusMetricSets.From("m", "q", Grid,
            [Series([], (1599658195.474, 1), (1599658315.474, 3), (1599658375.474, 4), (1599658435.474, 5))]));

        Assert.Equal(5, set.Values.Count);
        Assert.Equal(1, set.Values[0]);
        Assert.True(double.IsNaN(set.Values[1]));
        Assert.Equal([3.0, 4.0, 5.0], set.Values.Skip(2));
    }

    [Fact]
    public void Ignores_samples_outside_the_window()
    {
        var set = Assert.Single(PrometheusMetricSets.From("m", "q", Grid,
            [Series([], (1599658135.474, 99), (1599658195.474, 1), (1599658495.474, 99))]));

        Assert.Equal(1, set.Values[0]);
        Assert.All(set.Values.Skip(1), v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Describes_the_window_like_Kayenta_start_plus_count_times_step()
    {
        var set = Assert.Single(PrometheusMetricSets.From("latency", "avg(x)", Grid, [Series([], (1599658195.474, 1))]));

        Assert.Equal("latency", set.Name);
        Assert.Equal(1_599_658_195_474, set.StartTimeMillis);
        Assert.Equal("2020-09-09T13:29:55.474Z", set.StartTimeIso);
        Assert.Equal(1_599_658_195_474 + 5 * 60_000, set.EndTimeMillis);
        Assert.Equal("2020-09-09T13:34:55.474Z", set.EndTimeIso);
        Assert.Equal(60_000, set.StepMillis);
        Assert.Equal("avg(x)", set.Attributes["query"]);
    }

    [Fact]
    public void Makes_one_set_per_series_tagged_with_its_labels_minus_the_metric_name()
    {
        var sets = PrometheusMetricSets.From("m", "q", Grid,
        [
            Series(new() { ["__name__"] = "cpu", ["zone"] = "b", ["app"] = "x" }, (1599658195.474, 1)),
            Series(new() { ["__name__"] = "cpu", ["zone"] = "a", ["app"] = "x" }, (1599658195.474, 2)),
        ]);

        Assert.Equal(2, sets.Count);
        Assert.Equal(["app", "zone"], sets[0].Tags.Keys);
        Assert.Equal("b", sets[0].Tags["zone"]);
        Assert.Equal(2, sets[1].Values[0]);
    }

    [Fact]
    public void An_empty_result_is_one_placeholder_over_the_requested_window()
    {
        var set = Assert.Single(PrometheusMetricSets.From("m", "q", Grid, []));

        Assert.Empty(set.Values);
        Assert.Empty(set.Tags);
        Assert.Equal(Grid.StartMillis, set.StartTimeMillis);
        Assert.Equal(Grid.EndMillis, set.EndTimeMillis);
        Assert.Equal("2020-09-09T13:33:55.474Z", set.EndTimeIso);
        Assert.Equal("q", set.Attributes["query"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Refuses_a_step_that_is_not_positive(long step)
    {
        var query = PrometheusQueries.Create(new PrometheusQueryConfig(), stepSeconds: step);

        Assert.Equal("step", Assert.Throws<MetricQueryException>(() => PrometheusRangeWindow.Of(query)).Field);
    }

    [Fact]
    public void Refuses_an_end_before_the_start()
    {
        var start = PrometheusQueries.DefaultStart;
        var query = PrometheusQueries.Create(new PrometheusQueryConfig(), start: start, end: start.AddSeconds(-1));

        Assert.Equal("end", Assert.Throws<MetricQueryException>(() => PrometheusRangeWindow.Of(query)).Field);
    }

    [Fact]
    public void Refuses_a_window_with_more_points_than_Prometheus_answers()
    {
        var start = PrometheusQueries.DefaultStart;
        var justEnough = PrometheusQueries.Create(new PrometheusQueryConfig(), start: start, end: start.AddSeconds(10_999), stepSeconds: 1);
        var tooMany = PrometheusQueries.Create(new PrometheusQueryConfig(), start: start, end: start.AddSeconds(11_000), stepSeconds: 1);

        Assert.Equal(11_000, PrometheusRangeWindow.Of(justEnough).Count);
        Assert.Equal("step", Assert.Throws<MetricQueryException>(() => PrometheusRangeWindow.Of(tooMany)).Field);
    }

    [Fact]
    public void A_grid_of_one_instant_when_start_equals_end()
    {
        var start = PrometheusQueries.DefaultStart;
        var grid = PrometheusRangeWindow.Of(PrometheusQueries.Create(new PrometheusQueryConfig(), start: start, end: start));

        Assert.Equal(1, grid.Count);
    }

    [Fact]
    public void Reads_samples_with_special_values()
    {
        var series = JsonSerializer.Deserialize(
            """{"metric":{"a":"b"},"values":[[1.5,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"1e3"],[5,"-0.25"]]}""",
            PrometheusJsonContext.Default.PrometheusSeries)!;

        var values = series.Values!.Select(s => s.Value).ToArray();
        Assert.True(double.IsNaN(values[0]));
        Assert.Equal([double.PositiveInfinity, double.NegativeInfinity, 1000, -0.25], values[1..]);
        Assert.Equal(1.5, series.Values![0].UnixSeconds);
    }

    [Theory]
    [InlineData("""[1,"abc"]""")]
    [InlineData("""[1,2]""")]
    [InlineData("""["1","2"]""")]
    [InlineData("""[1,"2",3]""")]
    [InlineData("""[1,"1e999"]""")]
    [InlineData("""{"t":1}""")]
    public void Refuses_malformed_samples(string sample)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            $$"""{"metric":{},"values":[{{sample}}]}""", PrometheusJsonContext.Default.PrometheusSeries));
    }
}
