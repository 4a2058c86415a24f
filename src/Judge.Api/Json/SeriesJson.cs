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
internal static class SeriesJson
{
    private const int FirstBufferSize = 1024;

    /// <summary>Reads the array starting at the reader's current token (null gives null), leaving the reader on its end.</summary>
    public static double[]? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new NotASeriesException();
        var buffer = ArrayPool<double>.Shared.Rent(FirstBufferSize);
        var count = 0;
        try
        {
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
