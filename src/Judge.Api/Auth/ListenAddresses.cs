using System.Net;

namespace Judge.Api.Auth;

/// <summary>
/// The addresses the service will listen on, read from the same settings Kestrel reads (<c>urls</c> /
/// <c>ASPNETCORE_URLS</c> / <c>--urls</c>, <c>http_ports</c>/<c>https_ports</c>, <c>Kestrel:Endpoints:*:Url</c>), and
/// whether every one of them is loopback. With no setting at all, Hosting/DefaultListenAddress supplies
/// http://127.0.0.1:8090.
/// </summary>
public static class ListenAddresses
{
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var addresses = new List<string>();
        foreach (var key in new[] { "urls", "ASPNETCORE_URLS" })
            addresses.AddRange(Split(configuration[key]));
        foreach (var key in new[] { "http_ports", "https_ports", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
            addresses.AddRange(Split(configuration[key]).Select(port => $"http://*:{port}"));
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
            if (endpoint["Url"] is { Length: > 0 } url) addresses.Add(url);
        return addresses.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static bool AllLoopback(IReadOnlyList<string> addresses) => addresses.All(IsLoopback);

    /// <summary>localhost, 127.0.0.0/8 or [::1]; wildcards (*, +, 0.0.0.0, [::]) and any other host are not.</summary>
    public static bool IsLoopback(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
