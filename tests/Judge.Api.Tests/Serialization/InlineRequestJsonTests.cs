using System.Text;
using System.Text.Json;
using Judge.Api.Apis;
using Judge.Api.Json;

namespace Judge.Api.Tests.Serialization;

/// <summary>
/// The inline judge body's fast reading gives what the serializer gives (<see cref="FastReadingEquivalence{T}"/>), on
/// the bodies below.
/// </summary>
public sealed class InlineRequestJsonTests : FastReadingEquivalence<JudgesApi.InlineJudgeRequest>
{
    protected override JudgesApi.InlineJudgeRequest? Read(byte[] json) => InlineRequestJson.Read(json, KayentaJson.Options);

    private const string Config =
        "{\"name\":\"c\",\"applications\":[\"a\"],\"judge\":{\"name\":\"ExactACAJudge-v2\"},\"metrics\":[{\"name\":\"m\","
        + "\"query\":{\"type\":\"prometheus\",\"metricName\":\"x\"},\"groups\":[\"g\"],\"scopeName\":\"default\"}]}";

    internal const string Pair = "{\"id\":\"i\",\"name\":\"m\",\"tags\":{\"t\":\"v\"},\"values\":{\"control\":[1,2.5,-3e2,\"NaN\"],"
        + "\"experiment\":[\"Infinity\",\"-Infinity\",0,1e-300]},\"scopes\":{\"control\":{\"startTimeMillis\":5,\"stepMillis\":10}},"
        + "\"attributes\":{\"experiment\":{\"k\":\"v\"}}}";

    private static string Body(string pairs, string extra = "") =>
        $"{{\"canaryConfig\":{Config},\"metricSetPairs\":{pairs},\"thresholds\":{{\"pass\":95,\"marginal\":75}}{extra}}}";

    public static TheoryData<string> Readable => new()
    {
        Body($"[{Pair}]"),
        Body($"[{Pair},null,{Pair}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[],\"experiment\":null}}]"),
        Body("[{\"name\":\"m\",\"values\":null}]"),
        Body("[{\"NAME\":\"m\",\"Values\":{\"CONTROL\":[1],\"Experiment\":[2]},\"extra\":[{\"a\":[1,2]}]}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[1,\"\\u004eaN\"],\"experiment\":[1e999]}}]"),
        Body($"[{Pair}]", ",\"metricSetPairs\":[]"),
        Body($"[{Pair}]", ",\"$type\":\"x\""),
        Body("null"),
        "\uFEFF" + Body($"[{Pair}]"),
        "{}",
        "null",
        " {\"thresholds\":null} ",
        Body("[{\"name\":\"m\",\"values\":{\"control\":[" + string.Join(",", Enumerable.Range(0, 3000)) + "],\"experiment\":[1]}}]"),
    };

    public static TheoryData<string> Unreadable => new()
    {
        Body("[{\"name\":\"m\",\"values\":{\"control\":[\"x\"],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[1,\"2\"],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[1,true],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[1,null],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[1,{}],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[[1]],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[1 2],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":[1,2,],\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":5,\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":{\"control\":{},\"experiment\":[]}}]"),
        Body("[{\"name\":\"m\",\"values\":[1]}]"),
        Body("[{\"name\":5}]"),
        Body("[{\"name\":\"m\",\"tags\":{\"a\":1}}]"),
        Body("[{\"name\":\"m\",\"scopes\":{\"control\":{\"stepMillis\":\"x\"}}}]"),
        Body("[3]"),
        Body("{}"),
        Body($"[{Pair}]").Replace("\"pass\":95", "\"pass\":\"a\""),
        Body($"[{Pair}]").Replace("\"type\":\"prometheus\"", "\"type\":\"atlas\""),
        Body($"[{Pair}]")[..^20],
        Body($"[{Pair}]") + " x",
        Body($"[{Pair}]") + " {}",
        Body($"[{Pair}]").Replace("\"thresholds\"", "/*c*/\"thresholds\""),
        "{\"zzz\":" + new string('[', 70) + new string(']', 70) + "}",
        "{\"canaryConfig\": 3}",
        "[]",
        "\"x\"",
        "",
    };

    [Fact]
    public void Series_are_read_into_arrays_of_their_length()
    {
        var request = InlineRequestJson.Read(Encoding.UTF8.GetBytes(Body($"[{Pair}]")), KayentaJson.Options)!;

        var control = Assert.IsType<double[]>(request.MetricSetPairs![0].Values!.Control);
        Assert.Equal([1, 2.5, -300, double.NaN], control);
        Assert.Equal([double.PositiveInfinity, double.NegativeInfinity, 0, 1e-300], request.MetricSetPairs[0].Values!.Experiment!);
    }
}
