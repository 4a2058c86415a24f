namespace Judge.Api.Accounts;

/// <summary>The settings each account type accepts, which of them are required, and which are secrets.</summary>
public static class AccountSettingKeys
{
    public const string Type = "Type";
    public const string SupportedTypes = "SupportedTypes";

    public const string BaseUrl = "BaseUrl";
    public const string Username = "Username";
    public const string Password = "Password";
    public const string BearerToken = "BearerToken";
    public const string ApiKey = "ApiKey";
    public const string ApplicationKey = "ApplicationKey";
    public const string Project = "Project";
    public const string CredentialsFile = "CredentialsFile";
    public const string TokenUrl = "TokenUrl";
    public const string Bucket = "Bucket";
    public const string ServiceUrl = "ServiceUrl";
    public const string Region = "Region";
    public const string RootFolder = "RootFolder";
    public const string ForcePathStyle = "ForcePathStyle";
    public const string AccessKeyId = "AccessKeyId";
    public const string SecretAccessKey = "SecretAccessKey";
    public const string Path = "Path";
    public const string ScopeLabel = "ScopeLabel";

    public static IReadOnlyList<string> Allowed(string type) => type switch
    {
        AccountType.Prometheus => [BaseUrl, Username, Password, BearerToken, ScopeLabel],
        AccountType.Datadog => [BaseUrl, ApiKey, ApplicationKey],
        AccountType.Stackdriver => [Project, CredentialsFile, BaseUrl, TokenUrl],
        AccountType.S3 => [Bucket, ServiceUrl, Region, RootFolder, ForcePathStyle, AccessKeyId, SecretAccessKey],
        AccountType.Filesystem => [Path],
        _ => [],
    };

    public static IReadOnlyList<string> Required(string type) => type switch
    {
        AccountType.Prometheus => [BaseUrl],
        AccountType.Datadog => [ApiKey, ApplicationKey],
        AccountType.Stackdriver => [Project],
        AccountType.S3 => [Bucket],
        AccountType.Filesystem => [Path],
        _ => [],
    };

    /// <summary>Settings that may be shown (GET /credentials); everything else stays inside the process.</summary>
    public static IReadOnlyList<string> Public(string type) => type switch
    {
        AccountType.Prometheus => [BaseUrl, ScopeLabel],
        AccountType.Datadog => [BaseUrl],
        AccountType.Stackdriver => [Project, BaseUrl],
        AccountType.S3 => [Bucket, ServiceUrl, Region, RootFolder, ForcePathStyle],
        AccountType.Filesystem => [Path],
        _ => [],
    };

    public static IReadOnlyList<string> Urls => [BaseUrl, TokenUrl, ServiceUrl];
}
