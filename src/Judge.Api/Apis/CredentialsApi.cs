using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Api.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Apis;

/// <summary>
/// GET /credentials: every account as Kayenta lists it ({name, type, supportedTypes, locations, recommendedLocations, …}).
/// Only the settings <see cref="AccountSettingKeys.Public"/> allows are shown, and URLs lose any user:password part and query string, so no
/// password, token, key or secret ever leaves the process.
/// </summary>
public static class CredentialsApi
{
    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/credentials").WithTags("Credentials").MapGet("", ListCredentials);
        return app;
    }

    public static Ok<JsonArray> ListCredentials(AccountCatalog accounts) =>
        TypedResults.Ok(new JsonArray(accounts.All.Select(Describe).ToArray<JsonNode?>()));

    private static JsonObject Describe(JudgeAccount account)
    {
        var description = new JsonObject
        {
            ["name"] = account.Name,
            ["type"] = account.Type,
            ["supportedTypes"] = new JsonArray(account.SupportedTypes.Select(u => (JsonNode?)u.ToKayentaName()).ToArray()),
            ["locations"] = new JsonArray(),
            ["recommendedLocations"] = new JsonArray(),
        };
        foreach (var key in AccountSettingKeys.Public(account.Type))
        {
            if (account.Setting(key) is not { } value) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(key);
            description[name] = key == AccountSettingKeys.ForcePathStyle && bool.TryParse(value, out var flag)
                ? JsonValue.Create(flag)
                : JsonValue.Create(AccountSettingKeys.Urls.Contains(key) ? WithoutUserInfo(value) : value);
        }
        return description;
    }

    // Scheme, host, port and path only: a user:password part or a query string (?api_key=…) may hold a secret.
    private static string WithoutUserInfo(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}" : "";
}
