namespace Judge.Api.Auth;

/// <summary>A configured API key, validated: its name, the SHA-256 of its value and the caller it authenticates.</summary>
public sealed record ApiKeyCredential(string Name, byte[] Sha256, Caller Caller);
