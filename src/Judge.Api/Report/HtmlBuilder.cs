using System.Text;

namespace Judge.Api.Report;

/// <summary>
/// Builds the report's markup. Every piece of text that may come from a config, a request or a metric source goes
/// through <see cref="Text"/> or an attribute value, which HTML-encode it; <see cref="Raw"/> is for Judge's own markup only.
/// </summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new();

    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
            Encode(text);
        return this;
    }

    /// <summary>Appends ` name="value"` with the value encoded; call it between an opening tag's name and its '>'.</summary>
    public HtmlBuilder Attribute(string name, string? value)
    {
        _html.Append(' ').Append(name).Append("=\"");
        Encode(value);
        _html.Append('"');
        return this;
    }

    /// <summary>
    /// The five characters that can end text or a double-quoted attribute value become entities; every other character,
    /// non-ASCII included, stays as it is (the page is UTF-8).
    /// </summary>
    private void Encode(string? text)
    {
        foreach (var c in text ?? "")
        {
            _ = c switch
            {
                '&' => _html.Append("&amp;"),
                '<' => _html.Append("&lt;"),
                '>' => _html.Append("&gt;"),
                '"' => _html.Append("&quot;"),
                '\'' => _html.Append("&#39;"),
                _ => _html.Append(c),
            };
        }
    }

    public override string ToString() => _html.ToString();
}
