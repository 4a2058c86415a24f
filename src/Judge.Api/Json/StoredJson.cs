using System.Text.Json;
using Judge.Api.Storage;

namespace Judge.Api.Json;

/// <summary>
/// Documents as stored: Kayenta's JSON. A stored document that cannot be read is a server fault, not a client's.
/// Documents that may hold query configs (configs, executions) pass the host's options (<see cref="HostJson"/>).
/// </summary>
public static class StoredJson
{
    public static byte[] Serialize<T>(T value, JsonSerializerOptions? options = null) =>
        JsonSerializer.SerializeToUtf8Bytes(value, options ?? KayentaJson.Options);

    /// <exception cref="DamagedDocumentException">the stored bytes are not a <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(byte[] json, string description, JsonSerializerOptions? options = null) =>
        Read(json, description, bytes => JsonSerializer.Deserialize<T>(bytes, options ?? KayentaJson.Options));

    /// <summary>The stored bytes read by <paramref name="read"/>, which throws a <see cref="JsonException"/> for what it cannot read.</summary>
    /// <exception cref="DamagedDocumentException">the stored bytes are not a <typeparamref name="T"/>.</exception>
    public static T Read<T>(byte[] json, string description, Func<byte[], T?> read)
    {
        try
        {
            return read(json) ?? throw new DamagedDocumentException(description);
        }
        catch (JsonException e)
        {
            throw new DamagedDocumentException(description, e);
        }
    }
}
