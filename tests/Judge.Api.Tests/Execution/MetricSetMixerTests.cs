using Judge.Api.Execution;
using Judge.MetricSources;

namespace Judge.Api.Tests.Execution;

public sealed class MetricSetMixerTests
{
    private const long Minute = 60_000;
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2024-01-01T00:00:00Z");

    // 5 points: 00:00 … 00:04
    private static readonly TimeGrid Grid = new(Start.ToUnixTimeMilliseconds(), Minute, 5);

    private static MetricSet Set(long startOffsetMinutes, IReadOnlyList<double> values, IReadOnlyDictionary<string, string>? tags = null, long step = Minute) => new(
        "latency",
        tags ?? new Dictionary<string, string>(),
        Start.ToUnixTimeMilliseconds() + startOffsetMinutes * Minute,
        "",
        Start.ToUnixTimeMilliseconds() + (startOffsetMinutes + values.Count) * Minute,
        "",
        step,
        values,
        new Dictionary<string, string> { ["query"] = "q" });

    private static Dictionary<string, string> Tags(params string[] keyValues) =>
        Enumerable.Range(0, keyValues.Length / 2).ToDictionary(i => keyValues[2 * i], i => keyValues[2 * i + 1]);

    [Fact]
    public void Grid_points_are_end_minus_start_over_step()
    {
        var scope = new MetricScope("s", null, Start, Start.AddMinutes(60), 60, new Dictionary<string, string>());
        var grid = TimeGrid.ExpectedBy(scope);
        Assert.Equal(60, grid.Count);
        Assert.Equal(Minute, grid.StepMillis);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), grid.StartMillis);
    }

    [Fact]
    public void A_series_that_starts_late_is_shifted_to_its_timestamps_and_padded_with_NaN()
    {
        var aligned = Grid.Align(Set(2, [7, 8]));
        Assert.Equal([double.NaN, double.NaN, 7, 8, double.NaN], aligned);
    }

    [Fact]
    public void A_gap_inside_a_series_stays_NaN_and_points_past_the_window_are_dropped()
    {
        // A series with twice the grid's step lands on every other point; the last two fall past the end.
        var aligned = Grid.Align(Set(0, [1, 2, 3, 4], step: 2 * Minute));
        Assert.Equal([1, double.NaN, 2, double.NaN, 3], aligned);
    }

    [Fact]
    public void Points_before_the_window_are_dropped()
    {
        var aligned = Grid.Align(Set(-2, [1, 2, 3, 4, 5, 6, 7]));
        Assert.Equal([3, 4, 5, 6, 7], aligned);
    }

    [Fact]
    public void Timestamps_off_the_grid_go_to_the_nearest_point()
    {
        var set = Set(0, [1, 2]) with { StartTimeMillis = Start.ToUnixTimeMilliseconds() + 20_000 };
        Assert.Equal([1, 2, double.NaN, double.NaN, double.NaN], Grid.Align(set));
    }

    [Fact]
    public void Sides_of_different_lengths_are_both_laid_on_their_grid()
    {
        var pairs = MetricSetMixer.Mix("latency", [Set(0, [1, 2, 3, 4, 5])], Grid, [Set(1, [9, 9])], Grid);

        var pair = Assert.Single(pairs);
        Assert.Equal([1, 2, 3, 4, 5], pair.Values!.Control!);
        Assert.Equal([double.NaN, 9, 9, double.NaN, double.NaN], pair.Values!.Experiment!);
        Assert.Equal("latency", pair.Name);
        Assert.Empty(pair.Tags!);
        Assert.Equal(Minute, pair.Scopes!.Control!.StepMillis);
        Assert.Equal("2024-01-01T00:00:00Z", pair.Scopes.Experiment!.StartTimeIso);
        Assert.True(Guid.TryParse(pair.Id, out _));
    }

    [Fact]
    public void Each_side_uses_its_own_window()
    {
        // The control ran an hour earlier: its values count from its own start.
        var controlGrid = Grid with { StartMillis = Grid.StartMillis - 60 * Minute };
        var control = Set(-60, [1, 2, 3, 4, 5]);
        var pair = Assert.Single(MetricSetMixer.Mix("latency", [control], controlGrid, [Set(0, [6, 7, 8, 9, 10])], Grid));
        Assert.Equal([1, 2, 3, 4, 5], pair.Values!.Control!);
        Assert.Equal([6, 7, 8, 9, 10], pair.Values!.Experiment!);
    }

    [Fact]
    public void Empty_sides_give_one_untagged_pair_of_NaNs()
    {
        var pair = Assert.Single(MetricSetMixer.Mix("latency", [Set(0, [])], Grid, [], Grid));
        Assert.Equal(5, pair.Values!.Control!.Count);
        Assert.All(pair.Values.Control!, v => Assert.True(double.IsNaN(v)));
        Assert.All(pair.Values.Experiment!, v => Assert.True(double.IsNaN(v)));
        Assert.Equal("q", pair.Attributes!.Control!["query"]);
    }

    [Fact]
    public void Tagged_series_are_paired_by_equal_tag_maps_and_a_missing_side_is_NaN()
    {
        var control = new[] { Set(0, [1, 1, 1, 1, 1], Tags("pod", "a")), Set(0, [2, 2, 2, 2, 2], Tags("pod", "b")) };
        var experiment = new[] { Set(0, [3, 3, 3, 3, 3], Tags("pod", "b")), Set(0, [4, 4, 4, 4, 4], Tags("pod", "c")) };

        var pairs = MetricSetMixer.Mix("latency", control, Grid, experiment, Grid);

        Assert.Equal(["a", "b", "c"], pairs.Select(p => p.Tags!["pod"]));
        Assert.All(pairs[0].Values!.Experiment!, v => Assert.True(double.IsNaN(v)));
        Assert.Equal([1, 1, 1, 1, 1], pairs[0].Values!.Control!);
        Assert.Equal([2, 2, 2, 2, 2], pairs[1].Values!.Control!);
        Assert.Equal([3, 3, 3, 3, 3], pairs[1].Values!.Experiment!);
        Assert.All(pairs[2].Values!.Control!, v => Assert.True(double.IsNaN(v)));
        Assert.Equal([4, 4, 4, 4, 4], pairs[2].Values!.Experiment!);
        Assert.Equal(3, pairs.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void An_untagged_placeholder_side_becomes_a_NaN_template_for_every_tagged_series()
    {
        var placeholder = Set(0, []);
        var experiment = new[] { Set(0, [3, 3, 3, 3, 3], Tags("pod", "x")), Set(0, [4, 4, 4, 4, 4], Tags("pod", "y")) };

        var pairs = MetricSetMixer.Mix("latency", [placeholder], Grid, experiment, Grid);

        Assert.Equal(["x", "y"], pairs.Select(p => p.Tags!["pod"]));
        Assert.All(pairs, p => Assert.All(p.Values!.Control!, v => Assert.True(double.IsNaN(v))));
        Assert.Equal([4, 4, 4, 4, 4], pairs[1].Values!.Experiment!);

        var reversed = MetricSetMixer.Mix("latency", experiment, Grid, [placeholder], Grid);
        Assert.Equal(2, reversed.Count);
        Assert.All(reversed, p => Assert.All(p.Values!.Experiment!, v => Assert.True(double.IsNaN(v))));
    }

    [Fact]
    public void Different_tag_keys_on_the_two_sides_cannot_be_paired()
    {
        var ex = Assert.Throws<MetricMixException>(() => MetricSetMixer.Mix(
            "latency", [Set(0, [1], Tags("pod", "a"))], Grid, [Set(0, [1], Tags("zone", "a"))], Grid));
        Assert.Contains("latency", ex.Message);
        Assert.Contains("pod", ex.Message);
        Assert.Contains("zone", ex.Message);
    }

    [Fact]
    public void Tag_order_does_not_matter_for_pairing()
    {
        var control = Set(0, [1, 1, 1, 1, 1], new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
        var experiment = Set(0, [2, 2, 2, 2, 2], new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });
        var pair = Assert.Single(MetricSetMixer.Mix("latency", [control], Grid, [experiment], Grid));
        Assert.Equal([2, 2, 2, 2, 2], pair.Values!.Experiment!);
    }
}
