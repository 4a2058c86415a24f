using System.Globalization;
using System.Text;
using Judge.Api.Json;

namespace Judge.Api.Tests.Serialization;

/// <summary>
/// The fast reading of short decimals gives bit for bit the double the runtime's parsing gives, and takes the numbers
/// series mostly hold; whatever is out of its reach it leaves to the caller.
/// </summary>
public sealed class ShortDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("0.000")]
    [InlineData("104.523")]
    [InlineData("-0.0012")]
    [InlineData("3e-5")]
    [InlineData("3E+5")]
    [InlineData("1.5e2")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("1e22")]
    [InlineData("1e-22")]
    [InlineData("9007199254740992")]
    [InlineData("0.000009007199254740992")]
    [InlineData("1234567890123456")]
    [InlineData("12.34e-20")]
    public void Takes_a_short_decimal_and_gives_the_runtimes_double(string text)
    {
        Assert.True(ShortDecimal.TryRead(Encoding.UTF8.GetBytes(text), out var value));

        AssertSameDouble(double.Parse(text, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1x")]
    [InlineData("1.2.3")]
    [InlineData("1e1000")]
    [InlineData("1e23")]
    [InlineData("1e-23")]
    [InlineData("9007199254740993")]
    [InlineData("12345678901234567")]
    [InlineData("1.0000000000000000")]
    [InlineData("0.1e-22")]
    [InlineData("0012")]
    [InlineData("+1")]
    [InlineData("1e0001")]
    public void Leaves_what_is_out_of_its_reach_or_not_a_number(string text)
    {
        Assert.False(ShortDecimal.TryRead(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Random_decimals_written_every_usual_way_read_as_the_runtime_reads_them()
    {
        var random = new Random(20261207);
        string[] formats = ["R", "G6", "G10", "G15", "G17", "F0", "F3", "F6", "E3", "E10", "0.###############"];
        var taken = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var value = (random.NextDouble() - 0.25) * Math.Pow(10, random.Next(-12, 13));
            var text = value.ToString(formats[i % formats.Length], CultureInfo.InvariantCulture);
            if (!ShortDecimal.TryRead(Encoding.UTF8.GetBytes(text), out var read))
                continue;
            taken++;
            AssertSameDouble(double.Parse(text, CultureInfo.InvariantCulture), read);
        }
        // Most of these are short enough; the test means nothing if the fast path took none.
        Assert.InRange(taken, 50_000, 100_000);
    }

    [Fact]
    public void Random_digit_strings_with_exponents_read_as_the_runtime_reads_them()
    {
        var random = new Random(7);
        for (var i = 0; i < 100_000; i++)
        {
            var text = RandomNumber(random, maxDigits: 17, exponentOneIn: 3);
            if (ShortDecimal.TryRead(Encoding.UTF8.GetBytes(text), out var read))
                AssertSameDouble(double.Parse(text, CultureInfo.InvariantCulture), read);
        }
    }

    // Followed by at least 16 bytes, a number is read a word at a time when its form allows: the same double, the same
    // end, and the same refusals as digit by digit.
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("7")]
    [InlineData("1234567")]
    [InlineData("12345678")]
    [InlineData("123456789")]
    [InlineData("9999999.9999999")]
    [InlineData("1234567.12345678")]
    [InlineData("104.523")]
    [InlineData("0.0000001")]
    [InlineData("0.1")]
    [InlineData("1.5e2")]
    [InlineData("1.5E-2")]
    [InlineData("15e2")]
    [InlineData("0012")]
    [InlineData("01.5")]
    [InlineData("1.")]
    [InlineData("1.e5")]
    [InlineData("-")]
    [InlineData("-.5")]
    public void A_number_with_bytes_after_it_is_read_as_on_its_own(string text)
    {
        foreach (var after in new[] { ",", "]", " ", "}", "\n", "x", "/", ":" })
            AssertScansAsAlone(text, after + new string(' ', 16));
    }

    [Fact]
    public void Random_numbers_with_bytes_after_them_are_read_as_on_their_own()
    {
        var random = new Random(20261208);
        string[] after = [",", "]", ", ", "e", ".5", "0", "}"];
        for (var i = 0; i < 100_000; i++)
        {
            var text = RandomNumber(random, maxDigits: 16, exponentOneIn: 5);
            AssertScansAsAlone(text, after[i % after.Length] + new string(' ', random.Next(16, 20)));
        }
    }

    // 1..maxDigits random digits, maybe signed, maybe with a point among them, one time in exponentOneIn with an exponent.
    private static string RandomNumber(Random random, int maxDigits, int exponentOneIn)
    {
        var digits = new string(Enumerable.Range(0, random.Next(1, maxDigits + 1)).Select(_ => (char)('0' + random.Next(10))).ToArray());
        var point = random.Next(digits.Length + 1);
        return (random.Next(2) == 0 ? "-" : "")
            + (point == 0 || point == digits.Length ? digits : digits[..point] + "." + digits[point..])
            + (random.Next(exponentOneIn) == 0 ? "e" + random.Next(-30, 31).ToString(CultureInfo.InvariantCulture) : "");
    }

    private static void AssertScansAsAlone(string text, string after)
    {
        var alone = Encoding.UTF8.GetBytes(text);
        var followed = Encoding.UTF8.GetBytes(text + after);
        var endAlone = ShortDecimal.Scan(alone, 0, out var valueAlone, out var readAlone);
        var end = ShortDecimal.Scan(followed, 0, out var value, out var read);
        if (read)
            AssertSameDouble(double.Parse(Encoding.UTF8.GetString(followed, 0, end), CultureInfo.InvariantCulture), value);
        // On its own the number ends where the text does; followed by a digit, a point or an exponent it goes on.
        if (after[0] is '0' or '.' or 'e')
        {
            var whole = Encoding.UTF8.GetBytes(text + after.TrimEnd());
            Assert.Equal(ShortDecimal.Scan(whole, 0, out var valueWhole, out var readWhole), end);
            Assert.Equal(readWhole, read);
            if (read)
                AssertSameDouble(valueWhole, value);
            return;
        }
        Assert.Equal(endAlone, end);
        Assert.Equal(readAlone, read);
        if (read)
            AssertSameDouble(valueAlone, value);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1500.0)]
    [InlineData(104.523)]
    [InlineData(-0.0012)]
    [InlineData(0.0001)]
    [InlineData(99999999999999.9)]
    [InlineData(123456789012345.0)]
    [InlineData(0.1)]
    [InlineData(1e-300)]
    [InlineData(0.30000000000000004)]
    [InlineData(1e15)]
    [InlineData(0.00001)]
    [InlineData(9.9999e-5)]
    [InlineData(double.MaxValue)]
    public void Writes_what_the_json_writer_writes_or_leaves_it(double value) => AssertWritesAsTheWriter(value);

    [Fact]
    public void Writes_negative_zero_as_the_json_writer_does() => Assert.True(AssertWritesAsTheWriter(-0.0));

    [Fact]
    public void Random_values_are_written_as_the_json_writer_writes_them()
    {
        var random = new Random(20261208);
        string[] formats = ["R", "G3", "G6", "G10", "G15", "G17", "F0", "F3", "F6", "E3"];
        var taken = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var text = ((random.NextDouble() - 0.25) * Math.Pow(10, random.Next(-8, 17))).ToString(formats[i % formats.Length], CultureInfo.InvariantCulture);
            if (AssertWritesAsTheWriter(double.Parse(text, CultureInfo.InvariantCulture)))
                taken++;
        }
        // Most are short decimals in fixed notation; the test means nothing if the fast path took none.
        Assert.InRange(taken, 50_000, 100_000);
    }

    // True when the fast path wrote it.
    private static bool AssertWritesAsTheWriter(double value)
    {
        var buffer = new byte[32];
        if (!ShortDecimal.TryFormat(value, buffer, out var written))
            return false;
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
            writer.WriteNumberValue(value);
        Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()), Encoding.UTF8.GetString(buffer, 0, written));
        return true;
    }

    private static void AssertSameDouble(double expected, double actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
}
