namespace Judge.Api.Gates;

/// <summary>
/// What Flagger POSTs to a webhook (Content-Type: application/json): the canary's name and namespace, the analysis
/// phase, a checksum of the canary's spec, and the hook's metadata, every value a string.
/// </summary>
public sealed record FlaggerWebhookPayload
{
    public string? Name { get; init; }
    public string? Namespace { get; init; }
    public string? Phase { get; init; }
    public string? Checksum { get; init; }
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
