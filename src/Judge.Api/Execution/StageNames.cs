namespace Judge.Api.Execution;

/// <summary>Kayenta's stage refIds: one setup, one fetch per metric and side, one mix, one judge.</summary>
public static class StageNames
{
    public const string SetupContext = "setupContext";
    public const string MixMetrics = "mixMetrics";
    public const string Judge = "judge";

    public static string Fetch(MetricSide side, int metricIndex) =>
        (side == MetricSide.Control ? "fetchControl" : "fetchExperiment") + metricIndex;

    /// <summary>Every stage of an execution with <paramref name="metricCount"/> metrics, in the order they are reported.</summary>
    public static IEnumerable<string> For(int metricCount)
    {
        yield return SetupContext;
        for (var i = 0; i < metricCount; i++)
            yield return Fetch(MetricSide.Control, i);
        for (var i = 0; i < metricCount; i++)
            yield return Fetch(MetricSide.Experiment, i);
        yield return MixMetrics;
        yield return Judge;
    }
}
