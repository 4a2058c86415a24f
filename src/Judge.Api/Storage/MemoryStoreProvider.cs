namespace Judge.Api.Storage;

/// <summary>The "memory" account type: a store that lives as long as the process.</summary>
public static class MemoryStoreProvider
{
    public const string Type = "memory";

    public static ObjectStoreDescriptor Descriptor { get; } = new ObjectStoreDescriptor<MemoryStoreOptions>(Type)
    {
        CreateStore = (services, _) => new MemoryObjectStore(services.GetService<TimeProvider>()),
    };
}
