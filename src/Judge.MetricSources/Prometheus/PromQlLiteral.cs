using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Judge.MetricSources.Prometheus;

/// <summary>How an untrusted value (scope, location, extendedScopeParams) is written into PromQL text.</summary>
internal static partial class PromQlLiteral
{
    /// <summary>RE2 treats these as operators; everything else in a value matches itself.</summary>
    private const string RegexMetacharacters = @"\.+*?()|[]{}^$";

    /// <summary>Escapes a value so that, as a regex, it matches only itself (Go's regexp.QuoteMeta).</summary>
    public static string EscapeRegex(string value)
    {
        var result = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (RegexMetacharacters.Contains(c)) result.Append('\\');
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>The content of a PromQL string literal delimited by <paramref name="quote"/> (" or ') that reads back as <paramref name="value"/>.</summary>
    public static string EscapeString(string value, char quote)
    {
        var result = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': result.Append(@"\\"); break;
                case '\n': result.Append(@"\n"); break;
                case '\r': result.Append(@"\r"); break;
                case '\t': result.Append(@"\t"); break;
                case var q when q == quote: result.Append('\\').Append(q); break;
                case < ' ': result.Append(@"\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }

    /// <summary>A double-quoted PromQL string literal holding <paramref name="value"/>.</summary>
    public static string Quote(string value) => "\"" + EscapeString(value, '"') + "\"";

    /// <summary>A value that may stand outside quotes: one token (a number, a duration, a name) that cannot open a
    /// string, a selector, a call or a new clause.</summary>
    public static bool IsBareToken(string value) => BareToken().IsMatch(value);

    public static bool IsLabelName(string value) => LabelName().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9_.:/-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex BareToken();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelName();
}
