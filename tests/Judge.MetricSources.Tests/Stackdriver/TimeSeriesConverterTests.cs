using System.Text.Json;
using Judge.MetricSources.Stackdriver;
using static Judge.MetricSources.Tests.Stackdriver.StackdriverQueries;

namespace Judge.MetricSources.Tests.Stackdriver;

public sealed class TimeSeriesConverterTests
{
    // Five one-minute periods from 12:00 to 12:05; aligned points end at 12:01 … 12:05.
    private static readonly StackdriverRequest Request = StackdriverQueryBuilder.Build(Query(Cpu()), "account-project");

    private static IReadOnlyList<MetricSet> Convert(params string[] pages) =>
        TimeSeriesConverter.Convert(
            pages.SelectMany(p => JsonSerializer.Deserialize(p, StackdriverJsonContext.Default.ListTimeSeriesResponse)!.TimeSeries ?? []),
            Request, "cpu");

    private static string Point(string end, string value) =>
        "{\"interval\":{\"startTime\":\"" + end + "\",\"endTime\":\"" + end + "\"},\"value\":{" + value + "}}";

    private static string Page(string valueType, params string[] points) => $$$"""
        {"timeSeries":[{
          "metric":{"type":"compute.googleapis.com/instance/cpu/utilization","labels":{"instance_name":"vm-1"}},
          "resource":{"type":"gce_instance","labels":{"project_id":"account-project","zone":"us-central1-a","instance_id":"42"}},
          "metricKind":"GAUGE","valueType":"{{{valueType}}}",
          "points":[{{{string.Join(",", points)}}}]}]}
        """;

    [Fact]
    public void Newest_first_points_land_oldest_first_on_the_grid_with_gaps_as_NaN()
    {
        var set = Assert.Single(Convert(Page("DOUBLE",
            Point("2024-03-01T12:05:00Z", "\"doubleValue\":5.5"),
            Point("2024-03-01T12:03:00Z", "\"doubleValue\":3.5"),
            Point("2024-03-01T12:01:00Z", "\"doubleValue\":1.5"))));

        Assert.Equal([1.5, double.NaN, 3.5, double.NaN, 5.5], set.Values);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), set.StartTimeMillis);
        Assert.Equal(End.ToUnixTimeMilliseconds(), set.EndTimeMillis);
        Assert.Equal("2024-03-01T12:00:00Z", set.StartTimeIso);
        Assert.Equal(60_000, set.StepMillis);
    }

    [Fact]
    public void Int64_values_arrive_as_strings()
    {
        var set = Assert.Single(Convert(Page("INT64",
            Point("2024-03-01T12:02:00Z", "\"int64Value\":\"9007199254740993\""),
            Point("2024-03-01T12:01:00Z", "\"int64Value\":\"-7\""))));

        Assert.Equal(-7, set.Values[0]);
        Assert.Equal(9007199254740992d, set.Values[1]);
    }

    [Fact]
    public void Bool_is_one_or_zero_and_named_doubles_are_read()
    {
        var set = Assert.Single(Convert(Page("BOOL",
            Point("2024-03-01T12:01:00Z", "\"boolValue\":true"),
            Point("2024-03-01T12:02:00Z", "\"boolValue\":false"),
            Point("2024-03-01T12:03:00Z", "\"doubleValue\":\"NaN\""),
            Point("2024-03-01T12:04:00Z", "\"doubleValue\":\"Infinity\""))));

        Assert.Equal([1, 0, double.NaN, double.PositiveInfinity, double.NaN], set.Values);
    }

    [Fact]
    public void A_distribution_is_judged_by_its_mean()
    {
        var set = Assert.Single(Convert(Page("DISTRIBUTION",
            Point("2024-03-01T12:01:00Z", "\"distributionValue\":{\"count\":\"4\",\"mean\":12.25,\"sumOfSquaredDeviation\":3.5,\"bucketOptions\":{\"exponentialBuckets\":{\"numFiniteBuckets\":10,\"growthFactor\":2,\"scale\":1}},\"bucketCounts\":[\"0\",\"4\"]}"),
            Point("2024-03-01T12:02:00Z", "\"distributionValue\":{}"),
            Point("2024-03-01T12:03:00Z", "\"distributionValue\":{\"count\":\"2\"}"))));

        Assert.Equal(12.25, set.Values[0]);
        Assert.True(double.IsNaN(set.Values[1]));
        Assert.Equal(0, set.Values[2]);
    }

    [Fact]
    public void Tags_are_resource_then_metric_labels_without_project_id()
    {
        var set = Assert.Single(Convert(Page("DOUBLE", Point("2024-03-01T12:01:00Z", "\"doubleValue\":1"))));

        Assert.Equal(new Dictionary<string, string> { ["zone"] = "us-central1-a", ["instance_id"] = "42", ["instance_name"] = "vm-1" }, set.Tags);
        Assert.Equal("ALIGN_MEAN", set.Attributes["perSeriesAligner"]);
        Assert.Equal("REDUCE_MEAN", set.Attributes["crossSeriesReducer"]);
        Assert.Equal(Request.Filter, set.Attributes["query"]);
    }

    [Fact]
    public void A_series_split_across_pages_is_joined()
    {
        var sets = Convert(
            Page("DOUBLE", Point("2024-03-01T12:05:00Z", "\"doubleValue\":5"), Point("2024-03-01T12:04:00Z", "\"doubleValue\":4")),
            Page("DOUBLE", Point("2024-03-01T12:02:00Z", "\"doubleValue\":2"), Point("2024-03-01T12:01:00Z", "\"doubleValue\":1")));

        Assert.Equal([1, 2, double.NaN, 4, 5], Assert.Single(sets).Values);
    }

    [Fact]
    public void Nanosecond_timestamps_are_read()
    {
        var set = Assert.Single(Convert(Page("DOUBLE", Point("2024-03-01T12:00:59.999999999Z", "\"doubleValue\":1"))));

        Assert.Equal(1, set.Values[0]);
    }

    [Fact]
    public void No_series_gives_one_placeholder()
    {
        var set = Assert.Single(Convert("{}"));

        Assert.Empty(set.Values);
        Assert.Empty(set.Tags);
        Assert.Equal(Request.Filter, set.Attributes["query"]);
    }

    [Theory]
    [InlineData("\"stringValue\":\"up\"")]
    public void String_values_are_refused(string value)
    {
        Assert.Throws<InvalidStackdriverResponseException>(() => Convert(Page("STRING", Point("2024-03-01T12:01:00Z", value))));
    }

    [Fact]
    public void A_point_without_a_readable_end_time_is_refused()
    {
        Assert.Throws<InvalidStackdriverResponseException>(() => Convert(Page("DOUBLE", Point("yesterday", "\"doubleValue\":1"))));
    }
}
