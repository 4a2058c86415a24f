using System.Text;
using System.Text.Encodings.Web;

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
            _html.Append(HtmlEncoder.Default.Encode(text));
        return this;
    }

    /// <summary>An element with encoded text content and an optional class attribute.</summary>
    public HtmlBuilder Element(string tag, string? text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
            Attribute("class", cssClass);
        _html.Append('>');
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends ` name="value"` with the value encoded; call it between an opening tag's name and its '>'.</summary>
    public HtmlBuilder Attribute(string name, string? value)
    {
        _html.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value ?? "")).Append('"');
        return this;
    }

    public override string ToString() => _html.ToString();
}
