using System.Text;
using System.Text.Json;
using Judge.Api.Json;

namespace Judge.Api.Tests.Serialization;

/// <summary>
/// A document's fast reading (<typeparamref name="T"/>, series straight into arrays) gives what the serializer gives:
/// the same value for every document the serializer reads, and for every document it refuses the same exception —
/// message and JSON path — as the problem+json names them. The reference is the serializer reading a stream, as
/// minimal APIs bind a body. A derived class names its documents <c>Readable</c> and <c>Unreadable</c>.
/// </summary>
// xunit looks the data members up on the test's class, the derived one; its analyzer only looks here.
#pragma warning disable xUnit1015
public abstract class FastReadingEquivalence<T>
{
    protected abstract T? Read(byte[] json);

    [Theory]
    [MemberData("Readable")]
    public void A_document_the_serializer_reads_is_read_to_the_same_value(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = Serializer(bytes);

        var actual = Read(bytes);

        Assert.Equal(JsonSerializer.Serialize(expected, KayentaJson.Options), JsonSerializer.Serialize(actual, KayentaJson.Options));
    }

    [Theory]
    [MemberData("Unreadable")]
    public void A_document_the_serializer_refuses_fails_with_its_exception(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = Assert.ThrowsAny<JsonException>(() => Serializer(bytes));

        var actual = Assert.ThrowsAny<JsonException>(() => Read(bytes));

        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Message, actual.Message);
    }

    private static T? Serializer(byte[] json) =>
        JsonSerializer.DeserializeAsync<T>(new MemoryStream(json), KayentaJson.Options).AsTask().GetAwaiter().GetResult();
}
#pragma warning restore xUnit1015
