using System.Text.Json;
using System.Text.Json.Nodes;

namespace Judge.Api.Report;

/// <summary>Why something stopped, from Orca's exception shape: its messages, its type, and the exception as reported.</summary>
public static class ErrorBlock
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <param name="fallback">What to say when the exception carries no message (or there is none).</param>
    public static void Write(HtmlBuilder html, JsonObject? exception, string fallback, string heading = "Error")
    {
        var messages = Messages(exception);
        html.Raw("<div class=\"execution-error\" role=\"alert\">\n<h3>").Text(heading).Raw("</h3>\n");
        if (messages.Count == 0)
            html.Raw("<p class=\"error-message\">").Text(fallback).Raw("</p>\n");
        foreach (var message in messages)
            html.Raw("<p class=\"error-message\">").Text(message).Raw("</p>\n");
        if (exception?["exceptionType"] is JsonValue type)
            html.Raw("<p class=\"error-type\"><span class=\"field-name\">Type:</span> ").Text(type.ToString()).Raw("</p>\n");
        if (exception is not null)
            html.Raw("<details><summary>Exception as reported</summary><pre>").Text(exception.ToJsonString(Indented)).Raw("</pre></details>\n");
        html.Raw("</div>\n");
    }

    /// <summary>Orca's details.errors[], else details.error, else a top-level message, without repeats.</summary>
    public static IReadOnlyList<string> Messages(JsonObject? exception)
    {
        if (exception is null)
            return [];
        var details = exception["details"] as JsonObject;
        var messages = new List<string>();
        if (details?["errors"] is JsonArray errors)
            messages.AddRange(errors.OfType<JsonValue>().Select(e => e.ToString()));
        if (details?["error"] is JsonValue error)
            messages.Add(error.ToString());
        if (exception["message"] is JsonValue message)
            messages.Add(message.ToString());
        return messages.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
    }
}
