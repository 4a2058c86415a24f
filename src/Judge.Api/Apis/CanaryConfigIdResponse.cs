using Judge.Api.Audit;

namespace Judge.Api.Apis;

public sealed record CanaryConfigIdResponse(string CanaryConfigId) : IResourceIdResponse
{
    string IResourceIdResponse.ResourceId => CanaryConfigId;
}
