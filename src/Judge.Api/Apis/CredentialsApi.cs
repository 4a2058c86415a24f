using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Accounts;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Apis;

/// <summary>
/// GET /credentials: every account as Kayenta lists it ({name, type, supportedTypes, locations, recommendedLocations, …}).
/// Only the settings its type's descriptor marks public are shown, and URLs lose any user:password part and query string, so no
/// password, token, key or secret ever leaves the process.
/// </summary>
public static class CredentialsApi
{
    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/credentials").WithTags("Credentials").MapGet("", ListCredentials);
        return app;
    }

    public static Ok<JsonArray> ListCredentials(AccountCatalog accounts, AccountTypes types) =>
        TypedResults.Ok(new JsonArray(accounts.All.Select(a => Describe(a, types.Find(a.Type)!)).ToArray<JsonNode?>()));

    private static JsonObject Describe(ConfiguredAccount account, AccountTypeDescriptor type)
    {
        var description = new JsonObject
        {
            ["name"] = account.Name,
            ["type"] = account.Type,
            ["supportedTypes"] = new JsonArray(account.SupportedTypes.Select(u => (JsonNode?)u.ToKayentaName()).ToArray()),
            ["locations"] = new JsonArray(),
            ["recommendedLocations"] = new JsonArray(),
        };
        foreach (var setting in type.Settings.Where(s => s.Public))
        {
            if (account.Setting(setting.Key) is not { } value) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(setting.Key);
            description[name] = setting.Format switch
            {
                AccountSettingFormat.Boolean when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
                AccountSettingFormat.HttpUrl => JsonValue.Create(WithoutUserInfo(value)),
                _ => JsonValue.Create(value),
            };
        }
        return description;
    }

    // Scheme, host, port and path only: a user:password part or a query string (?api_key=…) may hold a secret.
    private static string WithoutUserInfo(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}" : "";
}
