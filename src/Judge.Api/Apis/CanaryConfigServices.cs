using Judge.Api.Configs;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>The services of CanaryConfigApi's handlers, bound with [AsParameters].</summary>
public readonly record struct CanaryConfigServices(
    CanaryConfigRepository Configs,
    CanaryConfigValidator Validator);
