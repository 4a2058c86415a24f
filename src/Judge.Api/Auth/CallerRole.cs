namespace Judge.Api.Auth;

/// <summary>What a caller may do; each role includes the ones below it.</summary>
public enum CallerRole
{
    /// <summary>GET routes (configs, executions, analyses, reports, judges, stored lists).</summary>
    Read = 1,

    /// <summary>Also create/update/delete configs and lists, start and cancel executions, analyses and gates.</summary>
    Write = 2,

    /// <summary>Everything, including /credentials.</summary>
    Admin = 3,
}

public static class CallerRoles
{
    public static readonly string[] Names = ["read", "write", "admin"];

    public static bool TryParse(string? value, out CallerRole role)
    {
        role = default;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "read": role = CallerRole.Read; return true;
            case "write": role = CallerRole.Write; return true;
            case "admin": role = CallerRole.Admin; return true;
            default: return false;
        }
    }

    public static string Name(this CallerRole role) => role.ToString().ToLowerInvariant();
}
