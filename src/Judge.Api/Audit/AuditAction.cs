namespace Judge.Api.Audit;

/// <summary>The audited verb of a mutating request: create, update, delete, start, cancel (or judge/fetch for the stateless ones).</summary>
public static class AuditAction
{
    private static readonly string[] StartPrefixes = ["/canary", "/standalone_canary_analysis", "/gates/"];

    public static string Of(string method, string path)
    {
        if (path.EndsWith("/cancel", StringComparison.OrdinalIgnoreCase)) return "cancel";
        return method switch
        {
            "DELETE" => "delete",
            "PUT" => "update",
            "POST" when path.StartsWith("/judges", StringComparison.OrdinalIgnoreCase) => "judge",
            "POST" when path.StartsWith("/fetch", StringComparison.OrdinalIgnoreCase) => "fetch",
            "POST" when StartPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && !path.StartsWith("/canaryConfig", StringComparison.OrdinalIgnoreCase) => "start",
            _ => "create",
        };
    }
}
