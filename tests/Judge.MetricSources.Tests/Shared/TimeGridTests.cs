namespace Judge.MetricSources.Tests.Shared;

public class TimeGridTests
{
    [Fact]
    public void Through_end_includes_the_end_instant_and_ends_the_metric_set_one_step_after_the_last_value()
    {
        var grid = TimeGrid.ThroughEnd(1_000, 4_000, 1_000);

        Assert.Equal(4, grid.Count);
        Assert.Equal(5_000, grid.EndMillis);
        Assert.Equal(3, TimeGrid.ThroughEnd(1_000, 3_999, 1_000).Count);
    }

    [Fact]
    public void Periods_covering_count_the_half_open_periods_up_to_the_end()
    {
        Assert.Equal(3, TimeGrid.PeriodsCovering(0, 3_000, 1_000).Count);
        Assert.Equal(4, TimeGrid.PeriodsCovering(0, 3_001, 1_000).Count);
    }

    [Theory]
    [InlineData(1_000.0, 0)]
    [InlineData(1_499.0, 0)]
    [InlineData(1_501.0, 1)]
    [InlineData(4_000.0, 3)]
    [InlineData(4_600.0, -1)]
    [InlineData(400.0, -1)]
    public void Nearest_index_rounds_to_the_closest_instant_and_refuses_times_off_the_grid(double timeMillis, int expected)
    {
        Assert.Equal(expected, TimeGrid.ThroughEnd(1_000, 4_000, 1_000).NearestIndex(timeMillis));
    }

    [Theory]
    [InlineData(0L, -1)] // the period's start belongs to the period before
    [InlineData(1L, 0)]
    [InlineData(1_000L, 0)]
    [InlineData(1_001L, 1)]
    [InlineData(3_000L, 2)]
    [InlineData(3_001L, -1)]
    [InlineData(-500L, -1)]
    public void Period_index_names_the_half_open_period_that_holds_the_time(long timeMillis, int expected)
    {
        Assert.Equal(expected, TimeGrid.PeriodsCovering(0, 3_000, 1_000).PeriodIndex(timeMillis));
    }

    [Fact]
    public void A_metric_set_on_the_grid_carries_its_start_end_and_step()
    {
        var grid = TimeGrid.ThroughEnd(1_620_785_040_000, 1_620_785_080_000, 20_000);

        var set = grid.ToMetricSet("m", new Dictionary<string, string>(), grid.EmptyValues(), new Dictionary<string, string>());

        Assert.Equal(3, set.Values.Count);
        Assert.All(set.Values, v => Assert.True(double.IsNaN(v)));
        Assert.Equal("2021-05-12T02:04:00Z", set.StartTimeIso);
        Assert.Equal(1_620_785_100_000, set.EndTimeMillis);
        Assert.Equal("2021-05-12T02:05:00Z", set.EndTimeIso);
        Assert.Equal(20_000, set.StepMillis);
    }

    [Fact]
    public void No_data_is_one_untagged_empty_set_over_the_requested_window()
    {
        var set = Assert.Single(NoDataMetricSet.For("m", 1_000, 61_000, 60_000, new Dictionary<string, string> { ["query"] = "q" }));

        Assert.Empty(set.Values);
        Assert.Empty(set.Tags);
        Assert.Equal(61_000, set.EndTimeMillis);
        Assert.Equal("1970-01-01T00:01:01Z", set.EndTimeIso);
        Assert.Equal("q", set.Attributes["query"]);
    }
}
