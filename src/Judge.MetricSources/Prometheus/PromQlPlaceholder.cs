namespace Judge.MetricSources.Prometheus;

/// <summary>Where a template's "${name}" stands in PromQL: bare, or inside a string literal delimited by
/// <see cref="Quote"/> (", ' or `), and whether that literal is the operand of a regex matcher (=~ or !~).</summary>
internal readonly record struct PromQlPlaceholder(string Name, char? Quote, bool InRegex)
{
    /// <summary>
    /// The placeholders of <paramref name="template"/> in the order QueryTemplate.Expand visits them. Strings are
    /// tracked the way the PromQL lexer reads them (backslash escapes in " and ', none in `, "#" comments outside
    /// strings), which is finer than the double-quote-only view QueryTemplate offers.
    /// </summary>
    public static List<PromQlPlaceholder> Scan(string template)
    {
        var placeholders = new List<PromQlPlaceholder>();
        char? quote = null;
        var inRegex = false;
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '$' && i + 1 < template.Length && template[i + 1] == '{')
            {
                var end = template.IndexOf('}', i + 2);
                if (end < 0) break; // Expand reports the unterminated variable.
                placeholders.Add(new PromQlPlaceholder(template[(i + 2)..end], quote, inRegex));
                i = end + 1;
                continue;
            }
            var c = template[i];
            if (quote is null)
            {
                if (c is '"' or '\'' or '`')
                {
                    quote = c;
                    inRegex = FollowsRegexMatcher(template, i);
                }
                else if (c == '#')
                {
                    var newline = template.IndexOf('\n', i);
                    i = newline < 0 ? template.Length : newline;
                    continue;
                }
            }
            else if (c == '\\' && quote != '`')
            {
                i++; // the escaped character cannot close the string
            }
            else if (c == quote)
            {
                quote = null;
                inRegex = false;
            }
            i++;
        }
        return placeholders;
    }

    private static bool FollowsRegexMatcher(string template, int quoteIndex)
    {
        var j = quoteIndex - 1;
        while (j >= 0 && char.IsWhiteSpace(template[j])) j--;
        return j >= 1 && template[j] == '~' && template[j - 1] is '=' or '!';
    }
}
