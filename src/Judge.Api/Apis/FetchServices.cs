using Judge.Api.Accounts;
using Judge.Api.Json;
using Judge.Api.Limits;
using Judge.Api.Telemetry;
using Judge.MetricSources.Accounts;
using Microsoft.Extensions.Options;

namespace Judge.Api.Apis;

/// <summary>The services of FetchApi's handler, bound with [AsParameters].</summary>
public readonly record struct FetchServices(
    AccountMetricSources Sources,
    ObjectStoreResolver Stores,
    IOptions<RequestLimits> Limits,
    ServiceTelemetry Telemetry,
    MetricQueryConfigTypes QueryTypes,
    HostJson Json);
