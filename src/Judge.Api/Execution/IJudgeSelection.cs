using Judge.Api.Model;
using Judge.Stats.Judging;

namespace Judge.Api.Execution;

/// <summary>What the judge stage needs from configuration: the named judge and each metric's analysis settings.</summary>
public interface IJudgeSelection
{
    /// <exception cref="UnknownJudgeException">no judge has that name.</exception>
    ICanaryJudge Judge(string? judgeName);

    /// <summary>The metric's analysisConfigurations read into the judge's settings.</summary>
    MetricAnalysisConfig Analysis(CanaryMetricConfig metric);
}

public sealed class UnknownJudgeException(string judgeName) : Exception($"No judge named '{judgeName}' is registered.");
