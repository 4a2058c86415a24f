namespace Judge.Api.Storage;

/// <summary>The "memory" account type: a store that lives as long as the process.</summary>
public static class MemoryStoreProvider
{
    public const string Type = "memory";

    public static ObjectStoreDescriptor Descriptor { get; } = new()
    {
        Type = Type,
        Settings = [],
        Create = (services, _) => new MemoryObjectStore(services.GetService<TimeProvider>()),
    };
}
