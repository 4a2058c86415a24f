using Judge.Api.Storage;
using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Providers;

/// <summary>The descriptor of the test-only "scratch" storage backend: an in-memory store with a public, optional Label.</summary>
public static class ScratchStoreProvider
{
    public const string Type = "scratch";

    public static ObjectStoreDescriptor Descriptor { get; } = new ObjectStoreDescriptor<ScratchStoreOptions>(Type)
    {
        CreateStore = (services, _) => new MemoryObjectStore(services.GetService<TimeProvider>()),
    };

    public sealed class ScratchStoreOptions
    {
        [AccountSetting(Public = true)]
        public string? Label { get; set; }
    }
}
