using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Auth;

/// <summary>
/// A caller limited to applications sees and touches only configs, executions, analyses and reports of those
/// applications: others answer 404 as if absent (their existence is not revealed); creating something for another
/// application is a 403.
/// </summary>
public static class ApplicationScope
{
    private static readonly Caller Nobody = new("unknown", CallerRole.Read, new HashSet<string>());

    public static Caller CallerOf(ClaimsPrincipal user) => Caller.From(user) ?? Nobody;

    /// <summary>True when every one of <paramref name="applications"/> (at least one) is the caller's, or the caller is not limited.</summary>
    public static bool MayAssign(this Caller caller, IReadOnlyCollection<string>? applications) =>
        caller.Applications is null || (applications is { Count: > 0 } && applications.All(caller.Applications.Contains));

    public static ProblemHttpResult Outside(Caller caller, IReadOnlyCollection<string>? applications, string what) =>
        TypedResults.Problem(
            detail: $"The caller '{caller.Name}' is limited to applications [{string.Join(", ", caller.Applications ?? new HashSet<string>())}]; " +
                    $"{what} is for [{string.Join(", ", applications ?? [])}].",
            statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
