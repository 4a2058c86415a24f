using System.Text;
using System.Text.Json;
using Judge.Api.Json;
using Judge.Api.Model;

namespace Judge.Api.Tests.Serialization;

/// <summary>
/// A pair list's fast reading (a stored /metricSetPairList, the body of POST /metricSetPairList) gives what the
/// serializer gives (<see cref="FastReadingEquivalence{T}"/>), on the lists below.
/// </summary>
public sealed class MetricSetPairJsonTests : FastReadingEquivalence<IReadOnlyList<MetricSetPair>>
{
    protected override IReadOnlyList<MetricSetPair>? Read(byte[] json) => MetricSetPairJson.ReadList(json, KayentaJson.Options);

    private const string Pair = InlineRequestJsonTests.Pair;

    public static TheoryData<string> Readable => new()
    {
        $"[{Pair}]",
        $"[{Pair},null,{Pair}]",
        "[]",
        "null",
        "\uFEFF" + $"[{Pair}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[],\"experiment\":null}}]",
        "[{\"name\":\"m\",\"values\":null}]",
        "[{\"NAME\":\"m\",\"Values\":{\"CONTROL\":[1],\"Experiment\":[2]},\"extra\":[{\"a\":[1,2]}]}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,\"\\u004eaN\"],\"experiment\":[1e999]}}]",
        "[{\"name\":\"m\",\"$type\":\"x\"}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[" + string.Join(",", Enumerable.Range(0, 3000)) + "],\"experiment\":[1]}}]",
        // Series read from the bytes: JSON whitespace anywhere between values, every number form, and the reading going
        // on after each closing bracket.
        "[{\"values\":{\"control\":[ ],\"experiment\":[\r\n\t]},\"name\":\"m\"}]",
        "[{\"values\":{\"control\": [ 1 , -2.5e+3,\n0.25E-2\t,-0, 0.0 ,\"NaN\" ] ,\"experiment\":[\"-Infinity\",\"Infinity\"]} , \"name\":\"m\"}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[0.30000000000000004,1.2345678901234567e-5,123456789012345678901,9007199254740993],\"experiment\":[1e-400,4.9e-324,1.7976931348623157e308]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,\"\\u004eaN\",2],\"experiment\":[3,4]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1],\"experiment\":[2],\"control\":[3]},\"tags\":{\"after\":\"series\"}},{\"name\":\"n\",\"values\":{\"control\":[4]}}]",
    };

    public static TheoryData<string> Unreadable => new()
    {
        "[{\"name\":\"m\",\"values\":{\"control\":[\"x\"],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,\"2\"],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,true],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,null],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1 2],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,2,],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":5,\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":[1]}]",
        "[{\"name\":5}]",
        "[{\"name\":\"m\",\"tags\":{\"a\":1}}]",
        "[{\"name\":\"m\",\"scopes\":{\"control\":{\"stepMillis\":\"x\"}}}]",
        "[3]",
        "{}",
        "\"x\"",
        $"[{Pair}]"[..^20],
        $"[{Pair}] x",
        $"[{Pair}] []",
        $"[/*c*/{Pair}]",
        "[" + new string('[', 70) + new string(']', 70) + "]",
        "[{\"name\":\"m\",\"values\":{\"control\":[01],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1.],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[.5],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[-],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1e],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1e+],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[+1],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1.5.3],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[\"NaN\"x],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[NaN],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[\"nan\"],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1\u00a0],\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,2]\"experiment\":[]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,2]]}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,2}}]",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,2",
        "[{\"name\":\"m\",\"values\":{\"control\":[1,/*c*/2],\"experiment\":[]}}]",
        "",
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void A_list_is_written_as_the_serializer_writes_it(string json)
    {
        var pairs = JsonSerializer.Deserialize<List<MetricSetPair?>>(json.TrimStart('\uFEFF'), KayentaJson.Options);
        if (pairs is null)
            return;

        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(pairs, KayentaJson.Options)),
            Encoding.UTF8.GetString(MetricSetPairJson.WriteList(pairs, KayentaJson.Options)));
    }

    [Fact]
    public void Series_of_every_kind_of_value_are_written_as_the_serializer_writes_them()
    {
        var random = new Random(8);
        double[] Series(int n) => Enumerable.Range(0, n).Select(i => (i % 7) switch
        {
            0 => Math.Round(random.NextDouble() * 1000, random.Next(0, 6)),
            1 => random.NextDouble() * Math.Pow(10, random.Next(-12, 20)),
            2 => -Math.Round(random.NextDouble(), 3),
            3 => new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0 }[random.Next(5)],
            4 => random.Next(-1000, 1000),
            5 => 1e-5 * random.Next(1, 9),
            _ => Math.Round(random.NextDouble() * 1e15),
        }).ToArray();
        List<MetricSetPair?> pairs =
        [
            new MetricSetPair { Id = "a", Name = "m", Values = new() { Control = Series(500), Experiment = Series(300) } },
            null,
            new MetricSetPair { Name = "n", Values = new() { Experiment = Series(10) }, Tags = new Dictionary<string, string> { ["k"] = "v\"" },
                Scopes = new() { Control = new MetricSetScope { StepMillis = 10 } } },
            new MetricSetPair { Values = new() },
        ];

        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(pairs, KayentaJson.Options)),
            Encoding.UTF8.GetString(MetricSetPairJson.WriteList(pairs, KayentaJson.Options)));
    }

    [Fact]
    public void Series_are_read_into_arrays_of_their_length()
    {
        var pairs = MetricSetPairJson.ReadList(Encoding.UTF8.GetBytes($"[{Pair}]"), KayentaJson.Options)!;

        Assert.Equal([1, 2.5, -300, double.NaN], Assert.IsType<double[]>(pairs[0].Values!.Control));
        Assert.Equal([double.PositiveInfinity, double.NegativeInfinity, 0, 1e-300], Assert.IsType<double[]>(pairs[0].Values!.Experiment));
    }
}
