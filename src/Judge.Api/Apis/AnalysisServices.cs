using Judge.Api.Accounts;
using Judge.Api.Configs;
using Judge.Api.Engine;
using Judge.Api.Lifetime;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>The services of StandaloneCanaryAnalysisApi's handlers, bound with [AsParameters].</summary>
public readonly record struct AnalysisServices(
    ObjectStoreResolver Stores,
    CanaryConfigRepository Configs,
    CanaryConfigValidator ConfigValidator,
    CanaryAnalysisExecutionRequestValidator RequestValidator,
    StandaloneAnalysisStarter Starter,
    StandaloneAnalysisRepository Analyses,
    EngineScheduling Engine,
    StandaloneAnalysisRunner Runner);
