using Judge.Api.Audit;

namespace Judge.Api.Execution;

public sealed record CanaryExecutionIdResponse(string CanaryExecutionId) : IResourceIdResponse
{
    string IResourceIdResponse.ResourceId => CanaryExecutionId;
}
