using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Api.Health;

/// <summary>Spring actuator's health JSON, as Kayenta answers /health: {"status":"UP","components":{name:{status,details}}}.</summary>
public static class KayentaHealthWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var components = new JsonObject();
        foreach (var (name, entry) in report.Entries)
        {
            var details = new JsonObject();
            foreach (var (key, value) in entry.Data)
                details[key] = JsonValue.Create(value?.ToString());
            components[name] = new JsonObject { ["status"] = Status(entry.Status), ["details"] = details };
        }
        var body = new JsonObject { ["status"] = Status(report.Status), ["components"] = components };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(JsonSerializerOptions.Web));
    }

    private static string Status(HealthStatus status) => status == HealthStatus.Unhealthy ? "DOWN" : "UP";
}
