using Judge.Api.Problems;

namespace Judge.Api.Storage;

/// <summary>
/// A stored document that cannot be read (truncated, not JSON, not the expected shape): a server-side fault answered as
/// a problem naming the resource and saying it is damaged, never a bare 500. Listings skip it with a warning.
/// </summary>
public sealed class DamagedDocumentException(string description, Exception? inner = null)
    : ProblemException(StatusCodes.Status500InternalServerError, "Damaged stored document",
        $"The stored {description} is damaged (not a readable document); repair or delete it.")
{
    public string Description { get; } = description;
    public Exception? Cause { get; } = inner;
}
