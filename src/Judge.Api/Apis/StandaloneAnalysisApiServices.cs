using Judge.Api.Accounts;
using Judge.Api.Configs;
using Judge.Api.Engine;
using Judge.Api.StandaloneAnalyses;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>The services of StandaloneAnalysisApi's handlers, bound with [AsParameters].</summary>
public readonly record struct StandaloneAnalysisApiServices(
    ObjectStoreResolver Stores,
    CanaryConfigRepository Configs,
    CanaryConfigValidator ConfigValidator,
    StandaloneAnalysisRequestValidator RequestValidator,
    StandaloneAnalysisStarter Starter,
    EngineScheduling Engine,
    StandaloneAnalysisRunner Runner);
