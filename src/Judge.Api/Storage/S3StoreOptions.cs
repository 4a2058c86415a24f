using Judge.MetricSources.Accounts;

namespace Judge.Api.Storage;

/// <summary>An S3 (or S3-compatible) store; keys are &lt;RootFolder&gt;/&lt;group&gt;/&lt;id&gt;/&lt;fileName&gt; as Kayenta writes them.</summary>
[GivenTogether(nameof(AccessKeyId), nameof(SecretAccessKey))]
public sealed record S3StoreOptions
{
    [AccountSetting(Required = true, Public = true)]
    public string Bucket { get; init; } = "";

    /// <summary>An S3-compatible endpoint (MinIO, s3rver, ...). Unset: AWS S3 in <see cref="Region"/>.</summary>
    [AccountSetting(Public = true, Format = AccountSettingFormat.HttpUrl)]
    public string? ServiceUrl { get; init; }

    /// <summary>The AWS region; with a <see cref="ServiceUrl"/> it is the signing region (default us-east-1).</summary>
    [AccountSetting(Public = true)]
    public string? Region { get; init; }

    [AccountSetting(Public = true)]
    public string RootFolder { get; init; } = "kayenta";

    /// <summary>Path-style addressing (bucket in the path, not the host). Unset: on exactly when a ServiceUrl is given.</summary>
    [AccountSetting(Public = true)]
    public bool? ForcePathStyle { get; init; }

    /// <summary>With <see cref="SecretAccessKey"/>: static credentials. Both unset: the SDK's default credential chain.</summary>
    public string? AccessKeyId { get; init; }

    [AccountSetting(Secret = true)]
    public string? SecretAccessKey { get; init; }

    // The generated record ToString would print the secret.
    public override string ToString() =>
        $"S3StoreOptions {{ Bucket = {Bucket}, ServiceUrl = {ServiceUrl}, Region = {Region}, RootFolder = {RootFolder}, " +
        $"ForcePathStyle = {ForcePathStyle}, AccessKeyId = {AccessKeyId}, SecretAccessKey = {(SecretAccessKey is null ? "" : "***")} }}";
}
