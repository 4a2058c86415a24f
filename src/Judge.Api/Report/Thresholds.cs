using Judge.Api.Execution;

namespace Judge.Api.Report;

/// <summary>The score thresholds the verdict was classified against: the request's, else the config's.</summary>
public sealed record Thresholds(double? Pass, double? Marginal)
{
    public static Thresholds Of(CanaryExecutionStatusResponse execution)
    {
        var request = execution.CanaryExecutionRequest.Thresholds;
        var config = execution.Config.Classifier?.ScoreThresholds;
        return new Thresholds(request?.Pass ?? config?.Pass, request?.Marginal ?? config?.Marginal);
    }
}
