using Judge.MetricSources.Accounts;

namespace Judge.Api.Storage;

/// <summary>The "s3" account type.</summary>
public static class S3StoreProvider
{
    public const string Type = "s3";

    public static ObjectStoreDescriptor Descriptor { get; } = new()
    {
        Type = Type,
        Settings =
        [
            new(nameof(S3StoreOptions.Bucket), required: true, @public: true),
            new(nameof(S3StoreOptions.ServiceUrl), @public: true, format: AccountSettingFormat.HttpUrl),
            new(nameof(S3StoreOptions.Region), @public: true),
            new(nameof(S3StoreOptions.RootFolder), @public: true),
            new(nameof(S3StoreOptions.ForcePathStyle), @public: true, format: AccountSettingFormat.Boolean),
            new(nameof(S3StoreOptions.AccessKeyId)),
            new(nameof(S3StoreOptions.SecretAccessKey), secret: true),
        ],
        GivenTogether = [new(nameof(S3StoreOptions.AccessKeyId), nameof(S3StoreOptions.SecretAccessKey))],
        Create = (services, settings) =>
        {
            var options = new S3StoreOptions
            {
                Bucket = settings[nameof(S3StoreOptions.Bucket)]!,
                ServiceUrl = settings[nameof(S3StoreOptions.ServiceUrl)],
                Region = settings[nameof(S3StoreOptions.Region)],
                RootFolder = settings[nameof(S3StoreOptions.RootFolder)] ?? new S3StoreOptions().RootFolder,
                ForcePathStyle = settings[nameof(S3StoreOptions.ForcePathStyle)] is { } style ? bool.Parse(style) : null,
                AccessKeyId = settings[nameof(S3StoreOptions.AccessKeyId)],
                SecretAccessKey = settings[nameof(S3StoreOptions.SecretAccessKey)],
            };
            return new S3ObjectStore(options, services.GetService<ILogger<S3ObjectStore>>());
        },
    };
}
