using System.Security.Claims;

namespace Judge.Api.Auth;

/// <summary>
/// Who sent a request, as the authentication schemes established it: a name for logs (never a secret), a role and the
/// applications it is limited to (null: every application).
/// </summary>
public sealed record Caller(string Name, CallerRole Role, IReadOnlySet<string>? Applications)
{
    public const string NameClaim = "judge:name";
    public const string RoleClaim = "judge:role";
    public const string ApplicationClaim = "judge:application";
    public const string AllApplicationsClaim = "judge:all-applications";

    public bool IsLimited => Applications is not null;

    public bool Sees(string? application) => Applications is null || (application is not null && Applications.Contains(application));

    public bool SeesAny(IEnumerable<string>? applications) => Applications is null || (applications ?? []).Any(Applications.Contains);

    /// <summary>The caller of an authenticated request; null when the principal carries no Judge role.</summary>
    public static Caller? From(ClaimsPrincipal user)
    {
        if (!CallerRoles.TryParse(user.FindFirst(RoleClaim)?.Value, out var role)) return null;
        var name = user.FindFirst(NameClaim)?.Value ?? "unknown";
        var applications = user.HasClaim(c => c.Type == AllApplicationsClaim)
            ? null
            : user.FindAll(ApplicationClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(name, role, applications);
    }

    /// <summary>The principal an authentication scheme hands to ASP.NET Core for this caller.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim> { new(NameClaim, Name), new(RoleClaim, Role.Name()) };
        if (Applications is null) claims.Add(new Claim(AllApplicationsClaim, "true"));
        else claims.AddRange(Applications.Select(a => new Claim(ApplicationClaim, a)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, NameClaim, RoleClaim));
    }
}
