using System.Text.Encodings.Web;
using System.Text.Json;
using Judge.Api.Json;

namespace Judge.Api.Report;

/// <summary>
/// JSON shown to people on report pages: the page escapes text itself (HtmlBuilder.Text), so quotes stay quotes, not \u0022.
/// Built on the host's options, so every registered metric source's query configs can be shown.
/// </summary>
public sealed class ReportJson
{
    public ReportJson(HostJson json) : this(json.Options)
    {
    }

    private ReportJson(JsonSerializerOptions options)
    {
        Readable = new JsonSerializerOptions(options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Indented = new JsonSerializerOptions(Readable) { WriteIndented = true };
    }

    /// <summary>With the built-in metric sources only (pages rendered outside a host).</summary>
    public static ReportJson BuiltIn { get; } = new(KayentaJson.Options);

    public JsonSerializerOptions Readable { get; }

    public JsonSerializerOptions Indented { get; }
}
