using Judge.Api.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Judge.Api.RateLimits;

/// <summary>
/// Who a request counts against: the authenticated caller's name (API key name, jwt:subject); anonymous and
/// unauthenticated requests by client address. Open routes (health checks, report assets) are not limited.
/// </summary>
public static class CallerPartition
{
    public static string? KeyOf(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null) return null;
        var caller = Caller.From(context.User);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return caller is null ? $"unauthenticated@{address}"
            : caller.Name == AuthSetup.AnonymousName ? $"anonymous@{address}"
            : caller.Name;
    }
}
