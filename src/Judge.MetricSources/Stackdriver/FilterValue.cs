namespace Judge.MetricSources.Stackdriver;

/// <summary>
/// Puts a value into a Cloud Monitoring filter so that it stays one value: quoted string literals with backslash and
/// double quote escaped, or, where a template leaves a placeholder unquoted, a plain token that cannot hold an operator.
/// </summary>
internal static class FilterValue
{
    /// <summary>The value as a complete string literal, quotes included.</summary>
    /// <param name="variable">What the value is (scope, location, an extendedScopeParams key), for the error message.</param>
    public static string Quoted(string value, string metricName, string field, string variable) =>
        $"\"{EscapedContent(value, metricName, field, variable)}\"";

    /// <summary>The value escaped to stand between the double quotes of a literal the template already opened.</summary>
    public static string EscapedContent(string value, string metricName, string field, string variable)
    {
        if (value.Any(char.IsControl))
            throw new MetricQueryException(metricName, field, $"the value of '{variable}' contains a control character");
        return value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
    }

    /// <summary>
    /// The value unchanged if it is a plain token: letters, digits and "_ . - /", not starting with "-" and not a filter
    /// keyword. Anything else (spaces, quotes, ":", "=", parentheses…) could add a clause, so it is refused.
    /// </summary>
    public static string BareToken(string value, string metricName, string field, string variable)
    {
        var plain = value.Length > 0 && value[0] != '-'
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '/')
            && !IsKeyword(value);
        if (!plain)
            throw new MetricQueryException(metricName, field,
                $"the value of '{variable}' stands unquoted in the filter template, where only letters, digits and _ . - / are accepted; " +
                "put the placeholder between double quotes to use any text");
        return value;
    }

    private static bool IsKeyword(string value) =>
        value.Equals("AND", StringComparison.OrdinalIgnoreCase) || value.Equals("OR", StringComparison.OrdinalIgnoreCase)
        || value.Equals("NOT", StringComparison.OrdinalIgnoreCase);
}
