using Judge.Api.Execution;
using Judge.Api.Model;

namespace Judge.Api.Report;

/// <summary>Everything one report page shows: the execution as GET /canary/{id} answers it and its metric series.</summary>
/// <param name="MetricSetPairs">The stored metric-set pairs; null while the execution has none (running, failed early).</param>
/// <param name="Json">How JSON is shown; <see cref="ReportJson.BuiltIn"/> when not given.</param>
public sealed record ReportInput(
    CanaryExecutionStatusResponse Execution,
    IReadOnlyList<MetricSetPair>? MetricSetPairs,
    ReportLinks Links,
    ReportJson? Json = null);

/// <summary>URLs the page links to, already carrying the request's path base and storage account.</summary>
/// <param name="Assets">Where the report's static files are served, without a trailing slash.</param>
public sealed record ReportLinks(string ExecutionJson, string? MetricSetPairList, string Assets);
