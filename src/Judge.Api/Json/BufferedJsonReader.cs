using System.Text.Json;

namespace Judge.Api.Json;

/// <summary>
/// A reader over a document held whole in memory, together with the document: a part that the reader would only
/// tokenize (a series of numbers) can be read from the bytes directly, and the reader resumed after it.
/// </summary>
internal ref struct BufferedJsonReader
{
    // The bytes Json was started on.
    private ReadOnlySpan<byte> _bytes;

    public Utf8JsonReader Json;

    public BufferedJsonReader(ReadOnlySpan<byte> document, JsonReaderOptions options)
    {
        _bytes = document;
        Json = new Utf8JsonReader(document, options);
    }

    /// <summary>The bytes after the current token.</summary>
    public readonly ReadOnlySpan<byte> Unread => _bytes[(int)Json.BytesConsumed..];

    /// <summary>
    /// Goes on reading <paramref name="count"/> bytes further on, as if the bytes passed over were not there. The
    /// caller has read them, and the reader's state must fit what follows: after an array's opening bracket, its
    /// closing one.
    /// </summary>
    public void PassOver(int count)
    {
        var state = Json.CurrentState;
        _bytes = Unread[count..];
        Json = new Utf8JsonReader(_bytes, isFinalBlock: true, state);
    }
}
