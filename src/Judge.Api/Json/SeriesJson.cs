using System.Buffers;
using System.Text.Json;

namespace Judge.Api.Json;

/// <summary>
/// A series — a JSON array of numbers, NaN and infinities as the strings "NaN", "Infinity" and "-Infinity" — read
/// straight into a <c>double[]</c> of its exact length through a pooled buffer, with no list growing behind it. It
/// accepts exactly what the serializer's own reading of a <c>double</c> list under <see cref="KayentaJson"/> accepts;
/// anything else (a value of another kind, an escaped string, a number a double cannot hold) is refused with
/// <see cref="NotASeriesException"/>, and the caller reads the document the serializer's way to get its error.
/// </summary>
/// <remarks>
/// A series as services write it (values and commas, perhaps spaces and line breaks) is read from the bytes directly,
/// which costs a fraction of tokenizing it; the reader then goes on after the closing bracket. Anything outside that
/// strict form (a comment, a trailing comma, an escaped string) is read token by token instead.
/// </remarks>
internal static class SeriesJson
{
    private const int FirstBufferSize = 1024;

    /// <summary>Reads the array starting at the reader's current token (null gives null), leaving the reader on its end.</summary>
    public static double[]? Read(ref BufferedJsonReader document)
    {
        ref var reader = ref document.Json;
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new NotASeriesException();
        var buffer = ArrayPool<double>.Shared.Rent(FirstBufferSize);
        try
        {
            if (TryReadBytes(document.Unread, ref buffer, out var count, out var closingBracket))
            {
                document.PassOver(closingBracket);
                reader.Read();
                return buffer.AsSpan(0, count).ToArray();
            }
            count = 0;
            while (true)
            {
                if (!reader.Read())
                    throw new NotASeriesException();
                if (reader.TokenType == JsonTokenType.EndArray)
                    return buffer.AsSpan(0, count).ToArray();
                if (count == buffer.Length)
                    buffer = Grow(buffer);
                buffer[count++] = Value(ref reader);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    // The array's values after its opening bracket, up to the position of its closing one: JSON numbers and the three
    // strings, separated by commas, with JSON whitespace around them. False at anything else, which the reader then reads.
    // Positions and counts are locals, not ref parameters, so they stay in registers.
    private static bool TryReadBytes(ReadOnlySpan<byte> bytes, ref double[] buffer, out int count, out int closingBracket)
    {
        count = 0;
        closingBracket = -1;
        var values = buffer;
        var read = 0;
        var i = SkipWhitespace(bytes, 0);
        var empty = i < bytes.Length && bytes[i] == ']';
        while (!empty)
        {
            double value;
            if (i < bytes.Length && bytes[i] == '"')
            {
                var length = NonFiniteLength(bytes[i..], out value);
                if (length == 0)
                    return false;
                i += length;
            }
            else
            {
                var start = i;
                i = ShortDecimal.Scan(bytes, start, out value, out var fast);
                if (i < 0 || (!fast && !TryReadLongNumber(bytes[start..i], out value)))
                    return false;
            }
            if (read == values.Length)
                buffer = values = Grow(values);
            values[read++] = value;
            i = SkipWhitespace(bytes, i);
            if (i == bytes.Length)
                return false;
            if (bytes[i] == ']')
                break;
            if (bytes[i] != ',')
                return false;
            i = SkipWhitespace(bytes, i + 1);
        }
        count = read;
        closingBracket = i;
        return true;
    }

    // The reader's own reading of a number the fast path leaves (many digits, a large exponent): the same double, and
    // false for one a double cannot hold.
    private static bool TryReadLongNumber(ReadOnlySpan<byte> number, out double value)
    {
        var reader = new Utf8JsonReader(number);
        value = 0;
        return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value);
    }

    // The length of the string "NaN", "Infinity" or "-Infinity" at the start of the bytes, quotes included; 0 for anything else.
    private static int NonFiniteLength(ReadOnlySpan<byte> bytes, out double value)
    {
        (value, var length) = bytes.StartsWith("\"NaN\""u8) ? (double.NaN, 5)
            : bytes.StartsWith("\"Infinity\""u8) ? (double.PositiveInfinity, 10)
            : bytes.StartsWith("\"-Infinity\""u8) ? (double.NegativeInfinity, 11)
            : (0.0, 0);
        return length;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> bytes, int i)
    {
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            i++;
        return i;
    }

    /// <summary>
    /// Writes a series as the serializer writes a <c>double</c> list under <see cref="KayentaJson"/>, the same bytes:
    /// short decimals by <see cref="ShortDecimal"/>, other numbers by the writer, NaN and the infinities as strings.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<double> values)
    {
        Span<byte> text = stackalloc byte[32];
        writer.WriteStartArray();
        foreach (var value in values)
        {
            if (ShortDecimal.TryFormat(value, text, out var written))
                writer.WriteRawValue(text[..written], skipInputValidation: true);
            else if (double.IsFinite(value))
                writer.WriteNumberValue(value);
            else
                writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
        writer.WriteEndArray();
    }

    private static double Value(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number
            && (ShortDecimal.TryRead(reader.ValueSpan, out var number) || reader.TryGetDouble(out number)))
            return number;
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var text = reader.ValueSpan;
            if (text.SequenceEqual("NaN"u8))
                return double.NaN;
            if (text.SequenceEqual("Infinity"u8))
                return double.PositiveInfinity;
            if (text.SequenceEqual("-Infinity"u8))
                return double.NegativeInfinity;
        }
        throw new NotASeriesException();
    }

    private static double[] Grow(double[] buffer)
    {
        var larger = ArrayPool<double>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(larger, 0);
        ArrayPool<double>.Shared.Return(buffer);
        return larger;
    }
}

/// <summary>The fast reading met something it leaves to the serializer (which then reports it, or reads it).</summary>
internal sealed class NotASeriesException : Exception;
