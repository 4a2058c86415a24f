namespace Judge.Api.Storage;

/// <summary>The options of a "memory" account: there are none.</summary>
public sealed record MemoryStoreOptions;
