namespace Judge.Api.Problems;

/// <summary>
/// A client-facing failure that becomes an RFC 7807 problem with <see cref="Status"/>; <see cref="Errors"/> maps JSON
/// paths (or query parameter names) to messages. Messages must never hold a secret.
/// </summary>
public class ProblemException(int status, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public static ProblemException BadRequest(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "Bad request", message, new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemException NotFound(string detail) =>
        new(StatusCodes.Status404NotFound, "Not found", detail);
}
