using System.Text.Json;

namespace Judge.Api.Json;

/// <summary>
/// Reading a document that holds metric series with every series straight into a <c>double[]</c> (<see cref="SeriesJson"/>),
/// the rest of it through the serializer. Whatever the fast reading does not take — malformed JSON, a value of the
/// wrong kind anywhere, anything it leaves to the serializer — is read again the serializer's way, as a
/// <typeparamref name="T"/>, on the same bytes, so a bad document fails with the very exception (message and JSON path)
/// it always did, and an unusual but valid one (an escaped "NaN", say) is read as before.
/// </summary>
/// <remarks>
/// Not a <see cref="System.Text.Json.Serialization.JsonConverter"/>: the serializer reads ahead over the whole value of
/// a custom converter when it reads a stream, and reports a syntax error found there at the converter's path, not at
/// the element; and it replaces the path of an exception a converter throws with the converter's own. Reading the
/// buffered bytes here keeps both exactly as the serializer reports them.
/// </remarks>
internal static class FastSeriesReading
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the value at the reader's first token into <paramref name="value"/>; false when it is not one.</summary>
    public delegate bool TryReader<T>(ref BufferedJsonReader reader, JsonSerializerOptions options, out T? value);

    /// <summary>The document in <paramref name="json"/> (UTF-8, a leading byte-order mark skipped as the serializer's
    /// stream reading does), or null for a JSON null.</summary>
    /// <exception cref="JsonException">the bytes are not a <typeparamref name="T"/>: the serializer's own exception.</exception>
    public static T? Read<T>(ReadOnlySpan<byte> json, JsonSerializerOptions options, TryReader<T> tryRead)
    {
        if (json.StartsWith(Utf8Bom))
            json = json[Utf8Bom.Length..];
        try
        {
            // Property names are matched as Judge's options match them: camelCase, case-insensitive.
            if (options.PropertyNamingPolicy != JsonNamingPolicy.CamelCase || !options.PropertyNameCaseInsensitive)
                throw new NotASeriesException();
            var reader = new BufferedJsonReader(json, new JsonReaderOptions
            {
                MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
                CommentHandling = options.ReadCommentHandling,
                AllowTrailingCommas = options.AllowTrailingCommas,
            });
            if (reader.Json.Read() && tryRead(ref reader, options, out var value) && !reader.Json.Read())
                return value;
        }
        catch (Exception e) when (e is JsonException or NotASeriesException or InvalidOperationException or FormatException
            or NotSupportedException or ArgumentException)
        {
            // Fall through: the serializer reads it and reports whatever is wrong.
        }
        // As a stream, the way minimal APIs read a body: for some errors (content after the value) the serializer
        // reports another path reading a span.
        return JsonSerializer.Deserialize<T>(new MemoryStream(json.ToArray()), options);
    }

    /// <summary>Whether a property's name is <paramref name="property"/>; a metadata-like name ("$type", "$id") is left to the serializer.</summary>
    public static bool Is(string? name, string property) =>
        name is ['$', ..] ? throw new NotASeriesException() : string.Equals(name, property, StringComparison.OrdinalIgnoreCase);
}
