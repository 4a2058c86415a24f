using System.Text.Json.Nodes;

namespace Judge.Api.Execution;

public static class StageException
{
    /// <summary>The exception object as Orca puts it in a stage context: {"exceptionType", "shouldRetry", "details": {"error", "errors": […]}}.</summary>
    public static JsonObject Describe(string exceptionType, IReadOnlyList<string> errors) => new()
    {
        ["exceptionType"] = exceptionType,
        ["shouldRetry"] = false,
        ["details"] = new JsonObject
        {
            ["error"] = errors.Count > 0 ? errors[0] : "",
            ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
        },
    };
}
