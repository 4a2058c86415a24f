using Judge.Stats.Results;

namespace Judge.Stats.Judging;

/// <summary>
/// A judge made of Kayenta's judging pipeline (each metric classified, then scored against the thresholds) around one
/// metric classifier; the judges differ only in their classifier.
/// </summary>
public abstract class PipelineJudge : ICanaryJudge
{
    private readonly CanaryJudgePipeline _pipeline;

    private protected PipelineJudge(string name, MetricClassifier classifier)
    {
        Name = name;
        _pipeline = new CanaryJudgePipeline(name, classifier);
    }

    public string Name { get; }

    public CanaryJudgeResult Judge(CanaryJudgeInput input) => _pipeline.Judge(input);
}
