using Judge.MetricSources.Accounts;

namespace Judge.Api.Storage;

/// <summary>The "filesystem" account type.</summary>
public static class FilesystemStoreProvider
{
    public const string Type = "filesystem";

    public static ObjectStoreDescriptor Descriptor { get; } = new()
    {
        Type = Type,
        Settings = [new(nameof(FilesystemStoreOptions.Path), required: true, @public: true)],
        Create = (services, settings) => new FilesystemObjectStore(
            new FilesystemStoreOptions { Path = settings[nameof(FilesystemStoreOptions.Path)]! },
            services.GetService<ILogger<FilesystemObjectStore>>()),
    };

    /// <summary>The settings of a filesystem account at <paramref name="path"/>.</summary>
    public static Dictionary<string, string> SettingsAt(string path) =>
        new(StringComparer.OrdinalIgnoreCase) { [nameof(FilesystemStoreOptions.Path)] = path };
}
