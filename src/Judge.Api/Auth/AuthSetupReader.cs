using System.Globalization;

namespace Judge.Api.Auth;

/// <summary>
/// Reads and checks Judge:Auth at start-up. Every problem is named by its setting; a key's hash is never repeated.
/// Anonymous access defaults to admin when every listen address is loopback, and to none otherwise — and a service
/// reachable beyond loopback with no way in at all refuses to start.
/// </summary>
public static class AuthSetupReader
{
    public static AuthSetup Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var problems = new List<string>();

        var keys = new List<ApiKeyCredential>();
        foreach (var (name, entry) in options.ApiKeys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var prefix = $"{AuthOptions.Section}:ApiKeys:{name}";
            var hash = ParseSha256(entry.Sha256);
            var validRole = CallerRoles.TryParse(entry.Role, out var role);
            if (hash is null) problems.Add($"{prefix}:Sha256 must be the 64 hex digits of the key's SHA-256.");
            if (!validRole) problems.Add($"{prefix}:Role must be read, write or admin.");
            if (hash is not null && validRole)
                keys.Add(new ApiKeyCredential(name, hash, new Caller(name, role, Applications(entry.Applications))));
        }

        if (options.Jwt.Enabled)
        {
            if (!Uri.TryCreate(options.Jwt.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("http" or "https"))
                problems.Add($"{AuthOptions.Section}:Jwt:Authority must be an absolute http(s) URL.");
            else if (authority.Scheme == "http" && options.Jwt.RequireHttpsMetadata)
                problems.Add($"{AuthOptions.Section}:Jwt:Authority is http: set {AuthOptions.Section}:Jwt:RequireHttpsMetadata=false to allow it.");
            if (string.IsNullOrWhiteSpace(options.Jwt.Audience))
                problems.Add($"{AuthOptions.Section}:Jwt:Audience is required with Jwt:Authority.");
        }

        Caller? anonymous = null;
        var explicitAnonymous = configuration.GetSection($"{AuthOptions.Section}:Anonymous").Exists();
        if (explicitAnonymous)
        {
            var role = options.Anonymous?.Role;
            if (string.Equals(role?.Trim(), "none", StringComparison.OrdinalIgnoreCase)) { }
            else if (CallerRoles.TryParse(role, out var anonymousRole))
                anonymous = new Caller(AuthSetup.AnonymousName, anonymousRole, Applications(options.Anonymous?.Applications));
            else problems.Add($"{AuthOptions.Section}:Anonymous:Role must be none, read, write or admin.");
        }
        else
        {
            var addresses = ListenAddresses.From(configuration);
            if (ListenAddresses.AllLoopback(addresses))
                anonymous = new Caller(AuthSetup.AnonymousName, CallerRole.Admin, null);
            else if (keys.Count == 0 && !options.Jwt.Enabled && problems.Count == 0)
                problems.Add(
                    $"The service listens beyond loopback ({string.Join(", ", addresses)}) with no {AuthOptions.Section}:ApiKeys, " +
                    $"no {AuthOptions.Section}:Jwt:Authority and no explicit {AuthOptions.Section}:Anonymous:Role: configure at least one " +
                    "(Anonymous:Role=admin opens it to everyone who reaches the port).");
        }

        if (problems.Count > 0) throw new InvalidAuthConfigurationException(problems);
        return new AuthSetup(keys, options.Jwt, anonymous, options.OpenMetrics);
    }

    private static IReadOnlySet<string>? Applications(List<string>? applications)
    {
        var set = (applications ?? []).SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        return set.Count == 0 ? null : set;
    }

    private static byte[]? ParseSha256(string? hex)
    {
        hex = hex?.Trim();
        if (hex is not { Length: 64 } || !hex.All(char.IsAsciiHexDigit)) return null;
        return Convert.FromHexString(hex.ToLower(CultureInfo.InvariantCulture));
    }
}
