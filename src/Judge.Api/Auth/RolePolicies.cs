using Microsoft.AspNetCore.Authorization;

namespace Judge.Api.Auth;

/// <summary>One authorization policy per role: an authenticated Judge caller whose role is at least that one.</summary>
public static class RolePolicies
{
    public static string For(JudgeRole role) => $"judge:{role.Name()}";

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<JudgeRole>())
            options.AddPolicy(For(role), policy => policy
                .AddAuthenticationSchemes(JudgeSchemes.Judge)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => Caller.From(context.User) is { } caller && caller.Role >= role));
        // Anything mapped without a rule of its own still needs a reader.
        options.FallbackPolicy = options.GetPolicy(For(JudgeRole.Read));
    }
}
