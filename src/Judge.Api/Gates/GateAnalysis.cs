using System.Security.Cryptography;
using System.Text;
using Judge.Api.Storage;
using Judge.Stats.Sequential;

namespace Judge.Api.Gates;

/// <summary>
/// The looks of one gate analysis: every poll of a gate that named the same <c>analysisId</c> (for the same
/// application) is a look, judged as an ordinary stored execution and held to its <see cref="OpenEndedLooks"/> boundary.
/// Once a look fails, the analysis has failed and later polls answer that look's verdict again.
/// </summary>
public sealed class GateAnalysis : IStoredDocument
{
    /// <summary>The storage id: derived from the application and the analysisId, which may hold any characters.</summary>
    public required string PipelineId { get; init; }
    public required string AnalysisId { get; init; }
    public required string Application { get; init; }
    public required string StorageAccountName { get; init; }
    public string? CanaryConfigId { get; set; }
    public List<GateLook> Looks { get; init; } = [];

    /// <summary>The look whose verdict failed the analysis; null while it has not failed.</summary>
    public int? FailedAtLook { get; set; }

    public static string IdFor(string application, string analysisId) =>
        "gate-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(application + "\n" + analysisId)))[..40];
}

/// <param name="Boundary">What the look was held to (null for the Kayenta-era judges, which keep every look at 98 %).</param>
/// <param name="Verdict">"pass", "marginal" or "fail" once its execution was judged; null before (or when it could not be).</param>
public sealed record GateLook(int Number, string ExecutionId, long StartTimeMillis, LookBoundary? Boundary)
{
    public string? Verdict { get; set; }
    public double? Score { get; set; }
}
