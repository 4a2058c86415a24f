namespace Judge.Api.Json;

/// <summary>
/// The JSON numbers metric series mostly hold — a few significant digits, a small decimal exponent ("104.523",
/// "-0.0012", "3e-5") — read in a few nanoseconds, the same double the runtime's parsing gives. Both the digits
/// (as an integer below 2^53) and the power of ten (at most 10^22) are exact doubles then, so one IEEE multiplication
/// or division rounds the exact decimal once, correctly (Clinger's fast path). Anything else is left to the caller.
/// </summary>
internal static class ShortDecimal
{
    private const ulong MaxExactInteger = 1UL << 53;
    private const int MaxExactPowerOfTen = 22;
    private const int MaxSignificantDigits = 16;
    private const int MaxExponentDigits = 3;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
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
        ulong digits = 0;
        int significant = 0, exponent = 0;
        if (bytes[i] == '0')
            i++;
        else
            for (; i < bytes.Length && IsDigit(bytes[i]); i++)
                if (++significant <= MaxSignificantDigits)
                    digits = digits * 10 + (ulong)(bytes[i] - '0');
        if (i < bytes.Length && bytes[i] == '.')
        {
            var fractionStart = ++i;
            for (; i < bytes.Length && IsDigit(bytes[i]); i++)
            {
                // Leading zeros add no significant digit.
                if (digits != 0 || bytes[i] != '0')
                    significant++;
                if (significant <= MaxSignificantDigits)
                {
                    digits = digits * 10 + (ulong)(bytes[i] - '0');
                    exponent--;
                }
            }
            if (i == fractionStart)
                return -1;
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
}
