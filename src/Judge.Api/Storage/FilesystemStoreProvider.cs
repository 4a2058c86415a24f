namespace Judge.Api.Storage;

/// <summary>The "filesystem" account type.</summary>
public static class FilesystemStoreProvider
{
    public const string Type = "filesystem";

    public static ObjectStoreDescriptor Descriptor { get; } = new ObjectStoreDescriptor<FilesystemStoreOptions>(Type)
    {
        CreateStore = (services, options) => new FilesystemObjectStore(options, services.GetService<ILogger<FilesystemObjectStore>>()),
    };

    /// <summary>The settings of a filesystem account at <paramref name="path"/>.</summary>
    public static Dictionary<string, string> SettingsAt(string path) =>
        new(StringComparer.OrdinalIgnoreCase) { [nameof(FilesystemStoreOptions.Path)] = path };
}
