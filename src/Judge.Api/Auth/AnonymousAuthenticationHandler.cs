using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Judge.Api.Auth;

/// <summary>Requests without credentials: the Judge:Auth:Anonymous caller when there is one, else unauthenticated.</summary>
public sealed class AnonymousAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthSetup setup)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(setup.Anonymous is { } anonymous
            ? AuthenticateResult.Success(new AuthenticationTicket(anonymous.ToPrincipal(AuthSchemes.Anonymous), AuthSchemes.Anonymous))
            : AuthenticateResult.NoResult());
}
