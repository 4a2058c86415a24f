using Judge.Api.Accounts;
using Judge.Api.Configs;
using Judge.Api.Judging;
using Judge.Api.Telemetry;
using Judge.Api.Validation;

namespace Judge.Api.Apis;

/// <summary>The services of JudgesApi's handlers, bound with [AsParameters].</summary>
public readonly record struct JudgeServices(
    ObjectStoreResolver Stores,
    CanaryConfigRepository Configs,
    CanaryConfigValidator ConfigValidator,
    JudgeNameResolver Judges,
    JudgeInputBuilder Inputs,
    ScoreThresholdsValidator ThresholdsValidator,
    ServiceTelemetry Telemetry);
