using Judge.Api.Gates;
using Judge.Api.Validation;
using Microsoft.Extensions.Options;

namespace Judge.Api.Apis;

/// <summary>The services of the synchronous gate handlers (FlaggerApi, VerdictApi), bound with [AsParameters].</summary>
public readonly record struct GateApiServices(
    StoredConfigLookup Configs,
    CanaryExecutionRequestValidator RequestValidator,
    SequentialGate Gate,
    ReportLinks Links,
    IOptions<GateOptions> Options,
    TimeProvider Clock);
