using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Judge.Api.Auth;

/// <summary>Registers Judge:Auth: the schemes (API key, JWT bearer, anonymous, and "Judge" choosing among them) and the role policies.</summary>
public static class AuthServices
{
    public static IServiceCollection AddJudgeAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var setup = AuthSetupReader.Read(configuration);
        services.AddSingleton(setup);

        var authentication = services.AddAuthentication(AuthSchemes.Judge)
            .AddPolicyScheme(AuthSchemes.Judge, "Judge credentials", o =>
                o.ForwardDefaultSelector = context => CredentialSchemeSelector.Select(context, setup.Jwt.Enabled))
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddScheme<AuthenticationSchemeOptions, AnonymousAuthenticationHandler>(AuthSchemes.Anonymous, null);
        if (setup.Jwt.Enabled)
            authentication.AddJwtBearer(AuthSchemes.Jwt, o =>
            {
                o.Authority = setup.Jwt.Authority;
                o.Audience = setup.Jwt.Audience;
                o.RequireHttpsMetadata = setup.Jwt.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents { OnTokenValidated = context => JwtCallerMapping.OnTokenValidated(context, setup.Jwt) };
            });

        services.AddAuthorization(RolePolicies.AddTo);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthProblemResultHandler>();
        return services;
    }
}
