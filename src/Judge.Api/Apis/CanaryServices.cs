using Judge.Api.Accounts;
using Judge.Api.Configs;
using Judge.Api.Execution;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>The services of CanaryApi's handlers, bound with [AsParameters].</summary>
public readonly record struct CanaryServices(
    ObjectStoreResolver Stores,
    CanaryConfigRepository Configs,
    CanaryConfigValidator ConfigValidator,
    CanaryExecutionRequestValidator RequestValidator,
    CanaryExecutionStarter Starter,
    CanaryExecutionListing Listing);
