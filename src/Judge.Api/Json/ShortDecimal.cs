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

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// Reads <paramref name="number"/>, a number token as JSON writes it (<c>-?int(.frac)?([eE][+-]?int)?</c>);
    /// false, with nothing read, when it is not in the fast path's reach or not of that form.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        var i = 0;
        var negative = number.Length > 0 && number[0] == '-';
        if (negative) i++;
        ulong digits = 0;
        var significant = 0;
        var exponent = 0;
        var start = i;
        for (; i < number.Length && IsDigit(number[i]); i++)
            if (!Append(ref digits, ref significant, number[i]))
                return false;
        if (i == start)
            return false;
        if (i < number.Length && number[i] == '.')
        {
            var fractionStart = ++i;
            for (; i < number.Length && IsDigit(number[i]); i++, exponent--)
                if (!Append(ref digits, ref significant, number[i]))
                    return false;
            if (i == fractionStart)
                return false;
        }
        if (i < number.Length && number[i] is (byte)'e' or (byte)'E')
        {
            if (!TryReadExponent(number[(i + 1)..], out var written))
                return false;
            exponent += written;
            i = number.Length;
        }
        if (i != number.Length || digits > MaxExactInteger || exponent is < -MaxExactPowerOfTen or > MaxExactPowerOfTen)
            return false;
        var magnitude = exponent < 0 ? digits / PowersOfTen[-exponent] : digits * PowersOfTen[exponent];
        value = negative ? -magnitude : magnitude;
        return true;
    }

    // Leading zeros add no significant digit; past 16 the integer could pass 2^53 (and 19 would overflow).
    private static bool Append(ref ulong digits, ref int significant, byte digit)
    {
        if (digits == 0 && digit == '0')
            return true;
        if (++significant > 16)
            return false;
        digits = digits * 10 + (ulong)(digit - '0');
        return true;
    }

    private static bool TryReadExponent(ReadOnlySpan<byte> text, out int exponent)
    {
        exponent = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var i = text.Length > 0 && text[0] is (byte)'-' or (byte)'+' ? 1 : 0;
        if (i == text.Length || text.Length - i > 3)
            return false;
        for (; i < text.Length; i++)
        {
            if (!IsDigit(text[i]))
                return false;
            exponent = exponent * 10 + (text[i] - '0');
        }
        if (negative) exponent = -exponent;
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
