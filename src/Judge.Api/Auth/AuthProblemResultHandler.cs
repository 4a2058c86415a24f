using Judge.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Judge.Api.Auth;

/// <summary>
/// 401 and 403 as RFC 7807 problems like every other error (with Kayenta's message). The text says what is missing,
/// never what was sent.
/// </summary>
public sealed class AuthProblemResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            var sent = context.Request.Headers.ContainsKey(HeaderNames.Authorization) || context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader);
            await WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", sent
                ? "The credentials were not accepted."
                : $"This route needs credentials: an API key (Authorization: Bearer <key> or {AuthSchemes.ApiKeyHeader}) or a bearer token.");
            return;
        }
        if (authorizeResult.Forbidden)
        {
            var caller = Caller.From(context.User);
            var name = context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>()?.Policy ?? "";
            var needed = name.Replace("judge:", "", StringComparison.Ordinal).Replace(RolePolicies.AllApplicationsSuffix, "", StringComparison.Ordinal);
            var route = $"{context.Request.Method} {context.Request.Path}";
            var roleSuffices = caller is not null && CallerRoles.TryParse(needed, out var role) && caller.Role >= role;
            var detail = roleSuffices && caller!.IsLimited
                ? $"The caller '{caller.Name}' is limited to applications; {route} reaches data of every application."
                : $"The caller '{caller?.Name ?? "unknown"}' has role '{caller?.Role.Name() ?? "none"}'; {route} needs role '{(needed.Length > 0 ? needed : "read")}'.";
            await WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", detail);
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
