using Judge.Api.Auth;

namespace Judge.Api.Hosting;

/// <summary>
/// Where the service listens when nothing says where: http://127.0.0.1:8090, loopback only (so anonymous callers are
/// admin, Auth/AuthSetupReader). It applies only when no listen setting is given at all — ASPNETCORE_URLS, --urls,
/// the port settings and Kestrel:Endpoints each replace it, as they replace Kestrel's own default. (A <c>Urls</c> in
/// appsettings.json would instead win over ASPNETCORE_URLS, which ASP.NET reads into a lower layer.)
/// </summary>
public static class DefaultListenAddress
{
    public const string Url = "http://127.0.0.1:8090";

    public static WebApplicationBuilder UseDefaultListenAddressUnlessConfigured(this WebApplicationBuilder builder)
    {
        if (ListenAddresses.From(builder.Configuration).Count == 0)
            builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("urls", Url)]);
        return builder;
    }
}
