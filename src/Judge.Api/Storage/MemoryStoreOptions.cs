namespace Judge.Api.Storage;

/// <summary>A store that lives as long as the process takes no settings.</summary>
public sealed record MemoryStoreOptions;
