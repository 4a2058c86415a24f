using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Judge.Api.Auth;

/// <summary>
/// Turns a validated token's claims into a Judge caller: the role claim (the highest of read/write/admin it holds), the
/// applications claim (repeated, a JSON array, or space/comma separated; absent: every application) and the name claim.
/// A token without a Judge role is refused.
/// </summary>
public static class JwtCallerMapping
{
    public static Task OnTokenValidated(TokenValidatedContext context, JwtAuthOptions jwt)
    {
        var principal = context.Principal!;
        var roles = Values(principal, jwt.RoleClaim)
            .Select(v => CallerRoles.TryParse(v, out var r) ? r : (CallerRole?)null)
            .Where(r => r is not null).Select(r => r!.Value).ToList();
        if (roles.Count == 0)
        {
            context.Fail($"The token carries no Judge role (read, write or admin) in claim '{jwt.RoleClaim}'.");
            return Task.CompletedTask;
        }
        var applications = Values(principal, jwt.ApplicationsClaim).ToHashSet(StringComparer.Ordinal);
        var name = principal.FindFirst(jwt.NameClaim)?.Value ?? "token";
        context.Principal = new Caller($"jwt:{name}", roles.Max(), applications.Count == 0 ? null : applications).ToPrincipal(AuthSchemes.Jwt);
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Values(ClaimsPrincipal principal, string claimType)
    {
        foreach (var claim in principal.FindAll(claimType))
        {
            var value = claim.Value.Trim();
            if (value.StartsWith('['))
            {
                string[]? array = null;
                try { array = JsonSerializer.Deserialize<string[]>(value); } catch (JsonException) { }
                foreach (var item in array ?? []) yield return item;
                continue;
            }
            foreach (var part in value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return part;
        }
    }
}
