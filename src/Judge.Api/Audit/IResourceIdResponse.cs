namespace Judge.Api.Audit;

/// <summary>
/// A response that names the resource a request created or acted on, for the audit line. Implemented explicitly, so
/// the property never reaches the response's JSON.
/// </summary>
public interface IResourceIdResponse
{
    string ResourceId { get; }
}
