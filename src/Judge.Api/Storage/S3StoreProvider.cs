namespace Judge.Api.Storage;

/// <summary>The "s3" account type.</summary>
public static class S3StoreProvider
{
    public const string Type = "s3";

    public static ObjectStoreDescriptor Descriptor { get; } = new ObjectStoreDescriptor<S3StoreOptions>(Type)
    {
        CreateStore = (services, options) => new S3ObjectStore(options, services.GetService<ILogger<S3ObjectStore>>()),
    };
}
