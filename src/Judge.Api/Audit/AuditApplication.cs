namespace Judge.Api.Audit;

/// <summary>Lets a handler tell the audit line which application the resource it touched belongs to (when no argument says).</summary>
public static class AuditApplication
{
    private const string Key = "judge:audit:application";

    public static void Record(HttpContext context, string? application)
    {
        if (!string.IsNullOrEmpty(application)) context.Items[Key] = application;
    }

    public static string? Recorded(HttpContext context) => context.Items.TryGetValue(Key, out var value) ? value as string : null;
}
