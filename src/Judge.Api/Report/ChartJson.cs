using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Api.Report;

/// <summary>The charts' data as the JSON block of a page, in camelCase and safe inside a script element.</summary>
public static class ChartJson
{
    // The default JavaScript encoder escapes <, >, & and quotes, so no string can close the <script> block it sits in.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T data) => JsonSerializer.Serialize(data, Options);
}
