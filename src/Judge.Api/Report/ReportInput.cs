using Judge.Api.Execution;
using Judge.Api.Model;

namespace Judge.Api.Report;

/// <summary>Everything one report page shows: the execution as GET /canary/{id} answers it and its metric series.</summary>
/// <param name="MetricSetPairs">The stored metric-set pairs; null while the execution has none (running, failed early).</param>
public sealed record ReportInput(
    CanaryExecutionStatusResponse Execution,
    IReadOnlyList<MetricSetPair>? MetricSetPairs,
    ReportLinks Links);

/// <summary>URLs the page links to, already carrying the request's path base and storage account.</summary>
/// <param name="Assets">Where the report's static files are served, without a trailing slash.</param>
public sealed record ReportLinks(string ExecutionJson, string? MetricSetPairList, string Assets);
