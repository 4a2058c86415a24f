using System.Buffers.Binary;
using System.Numerics;

namespace Judge.Api.Json;

/// <summary>
/// The JSON numbers metric series mostly hold — a few significant digits, a small decimal exponent ("104.523",
/// "-0.0012", "3e-5") — read and written in a few nanoseconds, the same double the runtime's parsing gives and the same
/// text its formatting writes. Both the digits (as an integer below 2^53) and the power of ten (at most 10^22) are exact
/// doubles then, so one IEEE multiplication or division rounds the exact decimal once, correctly (Clinger's fast path).
/// Anything else is left to the caller.
/// </summary>
internal static class ShortDecimal
{
    private const ulong MaxExactInteger = 1UL << 53;
    private const int MaxExactPowerOfTen = 22;
    private const int MaxSignificantDigits = 19;
    private const int MaxExponentDigits = 3;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private static readonly long[] LongPowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    /// <summary>
    /// Reads <paramref name="number"/>, the whole of it a JSON number (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>);
    /// false, with nothing read, when it is not in the fast path's reach or not of that form.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> number, out double value) =>
        Scan(number, 0, out value, out var read) == number.Length && read;

    /// <summary>
    /// The position just after the JSON number that starts at <paramref name="start"/>, or −1 when none does (what
    /// follows it is the caller's to check). <paramref name="read"/> tells whether <paramref name="value"/> holds it:
    /// false when it is out of the fast path's reach.
    /// </summary>
    public static int Scan(ReadOnlySpan<byte> bytes, int start, out double value, out bool read)
    {
        value = 0;
        read = false;
        var i = start;
        var negative = i < bytes.Length && bytes[i] == '-';
        if (negative) i++;
        if (i == bytes.Length || !IsDigit(bytes[i]))
            return -1;
        if (bytes.Length - i >= WordLookahead && TryScanWords(bytes, i, negative, out value, out var end))
        {
            read = true;
            return end;
        }
        // Every digit is added in; leading zeros add nothing and are not counted. Up to 19 counted digits the integer
        // cannot overflow, and the fast path needs it at most 2^53 anyway.
        ulong digits = 0;
        var significant = 0;
        if (bytes[i] == '0')
            i++;
        else
            for (; i < bytes.Length && IsDigit(bytes[i]); i++)
            {
                digits = digits * 10 + (uint)(bytes[i] - '0');
                significant++;
            }
        var exponent = 0;
        if (i < bytes.Length && bytes[i] == '.')
        {
            var fractionStart = ++i;
            for (; i < bytes.Length && IsDigit(bytes[i]); i++)
            {
                digits = digits * 10 + (uint)(bytes[i] - '0');
                significant += digits != 0 ? 1 : 0;
            }
            if (i == fractionStart)
                return -1;
            exponent = fractionStart - i;
        }
        var exponentDigits = 0;
        if (i < bytes.Length && bytes[i] is (byte)'e' or (byte)'E')
        {
            i++;
            var negativeExponent = i < bytes.Length && bytes[i] == '-';
            if (i < bytes.Length && bytes[i] is (byte)'-' or (byte)'+') i++;
            var written = 0;
            for (; i < bytes.Length && IsDigit(bytes[i]); i++)
                if (++exponentDigits <= MaxExponentDigits)
                    written = written * 10 + (bytes[i] - '0');
            if (exponentDigits == 0)
                return -1;
            exponent += negativeExponent ? -written : written;
        }
        if (significant > MaxSignificantDigits || exponentDigits > MaxExponentDigits || digits > MaxExactInteger
            || exponent is < -MaxExactPowerOfTen or > MaxExactPowerOfTen)
            return i;
        var magnitude = exponent < 0 ? digits / PowersOfTen[-exponent] : digits * PowersOfTen[exponent];
        value = negative ? -magnitude : magnitude;
        read = true;
        return i;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    // The word-at-a-time reading looks at up to 16 bytes from the first digit.
    private const int WordLookahead = 2 * sizeof(ulong);

    /// <summary>
    /// The commonest form — up to 7 integer digits (no leading zero), optionally a point and up to 7 fraction digits, no
    /// exponent — read 8 bytes at a time: the run of digits found and converted with a few integer operations, instead
    /// of a loop that waits on each digit. Anything else is left to the digit-by-digit reading (false).
    /// </summary>
    private static bool TryScanWords(ReadOnlySpan<byte> bytes, int i, bool negative, out double value, out int end)
    {
        value = 0;
        end = -1;
        var word = BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]);
        var integerDigits = DigitRun(word);
        if (integerDigits == sizeof(ulong) || (integerDigits > 1 && bytes[i] == '0'))
            return false;
        var digits = DigitsValue(word, integerDigits);
        var next = i + integerDigits;
        var fractionDigits = 0;
        if (bytes[next] == '.')
        {
            var fraction = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(next + 1)..]);
            fractionDigits = DigitRun(fraction);
            if (fractionDigits is 0 or sizeof(ulong))
                return false;
            digits = digits * (ulong)LongPowersOfTen[fractionDigits] + DigitsValue(fraction, fractionDigits);
            next += 1 + fractionDigits;
        }
        if (bytes[next] is (byte)'e' or (byte)'E')
            return false;
        // At most 14 digits and 10^7: the fast path's exact operands (a long converts in one instruction, a ulong not).
        var magnitude = (long)digits / PowersOfTen[fractionDigits];
        value = negative ? -magnitude : magnitude;
        end = next;
        return true;
    }

    // The count of ASCII digits the little-endian word starts with (8 if all are). A byte below '0' borrows from, and
    // one above '9' carries into, only the bytes after it, so the first flagged byte is the first that is not a digit.
    private static int DigitRun(ulong word)
    {
        var notDigit = ((word + 0x4646_4646_4646_4646UL) | (word - 0x3030_3030_3030_3030UL)) & 0x8080_8080_8080_8080UL;
        return BitOperations.TrailingZeroCount(notDigit) >>> 3;
    }

    // The value of the word's first `count` (1..7) ASCII digits: shifted so they end at the top byte (zeros before
    // them), then pairs, quads and octets of digits combined by multiplication.
    private static ulong DigitsValue(ulong word, int count)
    {
        var value = (word - 0x3030_3030_3030_3030UL) << (8 * (sizeof(ulong) - count));
        value = (value * 10 + (value >> 8)) & 0x00FF_00FF_00FF_00FFUL;
        value = (value * 100 + (value >> 16)) & 0x0000_FFFF_0000_FFFFUL;
        return (value * 10_000 + (value >> 32)) & 0xFFFF_FFFFUL;
    }

    // Up to 15 significant digits, two such decimals are never the same double (they lie at least 10^−14 of their size
    // apart, a double's spacing is at most 2^−52 of it), so the one that reads back as the value is its shortest text.
    private const double MaxFormattedDigits = 1e15;

    // The runtime writes a double in fixed notation when its decimal exponent lies in −5 < e < 15.
    private const double MinFixedNotation = 1e-4;

    private const int MaxFractionDigits = 18;

    /// <summary>
    /// Writes <paramref name="value"/> as the runtime's shortest round-trip text writes it (what a JSON writer writes),
    /// when it is a decimal of at most 15 significant digits in fixed notation; false, with nothing written, otherwise.
    /// </summary>
    /// <param name="destination">At least 32 bytes.</param>
    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        written = 0;
        if (value == 0)
        {
            written = double.IsNegative(value) ? WriteText("-0"u8, destination) : WriteText("0"u8, destination);
            return true;
        }
        var magnitude = Math.Abs(value);
        if (!(magnitude >= MinFixedNotation && magnitude < MaxFormattedDigits))
            return false;
        for (var k = 0; k <= MaxFractionDigits; k++)
        {
            var scaled = magnitude * PowersOfTen[k];
            if (scaled >= MaxFormattedDigits)
                return false;
            if (scaled != Math.Floor(scaled) || scaled / PowersOfTen[k] != magnitude)
                continue;
            // The product can first come out whole a power of ten late (0.0012 · 10^4 = 12.000000000000002, · 10^6 =
            // 1200): the same decimal, with trailing zeros to drop.
            var (digits, fractionDigits) = ((long)scaled, k);
            while (fractionDigits > 0 && digits % 10 == 0)
                (digits, fractionDigits) = (digits / 10, fractionDigits - 1);
            written = WriteDecimal(value < 0, digits, fractionDigits, destination);
            return true;
        }
        return false;
    }

    private static int WriteText(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    // digits · 10^−fractionDigits, with the smallest such count of fraction digits (no trailing zero after a point).
    private static int WriteDecimal(bool negative, long digits, int fractionDigits, Span<byte> destination)
    {
        var length = 0;
        if (negative)
            destination[length++] = (byte)'-';
        var whole = digits / LongPowersOfTen[fractionDigits];
        var fraction = digits - whole * LongPowersOfTen[fractionDigits];
        length += WriteInteger(whole, destination[length..]);
        if (fractionDigits == 0)
            return length;
        destination[length++] = (byte)'.';
        for (var i = fractionDigits - 1; i >= 0; i--, fraction /= 10)
            destination[length + i] = (byte)('0' + fraction % 10);
        return length + fractionDigits;
    }

    private static int WriteInteger(long value, Span<byte> destination)
    {
        var count = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
            count++;
        for (var i = count - 1; i >= 0; i--, value /= 10)
            destination[i] = (byte)('0' + value % 10);
        return count;
    }
}
