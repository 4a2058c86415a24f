using Microsoft.AspNetCore.Authorization;

namespace Judge.Api.Auth;

/// <summary>One authorization policy per role: an authenticated Judge caller whose role is at least that one.</summary>
public static class RolePolicies
{
    public const string AllApplicationsSuffix = ":all-applications";

    /// <summary>The policy for <paramref name="role"/>; with <paramref name="allApplications"/> the caller must not be limited to applications.</summary>
    public static string For(CallerRole role, bool allApplications = false) => $"judge:{role.Name()}{(allApplications ? AllApplicationsSuffix : "")}";

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<CallerRole>())
        foreach (var allApplications in new[] { false, true })
            options.AddPolicy(For(role, allApplications), policy => policy
                .AddAuthenticationSchemes(AuthSchemes.Judge)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => Caller.From(context.User) is { } caller && caller.Role >= role
                                             && (!allApplications || !caller.IsLimited)));
        // Anything mapped without a rule of its own still needs a reader.
        options.FallbackPolicy = options.GetPolicy(For(CallerRole.Read));
    }
}
