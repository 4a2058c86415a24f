using Judge.Api.Accounts;
using Judge.Api.Configs;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>The services of CanaryConfigApi's handlers, bound with [AsParameters].</summary>
public readonly record struct CanaryConfigServices(
    ObjectStoreResolver Stores,
    CanaryConfigRepository Configs,
    CanaryConfigValidator Validator);
