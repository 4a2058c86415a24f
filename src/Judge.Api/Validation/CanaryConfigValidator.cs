using FluentValidation;
using Judge.Api.Judging;
using Judge.Api.Limits;
using Judge.Api.Model;
using Judge.Api.Problems;
using Judge.Api.Storage;
using Judge.MetricSources.Accounts;
using Microsoft.Extensions.Options;

namespace Judge.Api.Validation;

/// <summary>
/// A canary config Judge can store and run: Kayenta's controller checks (name, applications, unique metric names) made
/// strict (no commas in names), plus everything Kayenta only discovers mid-execution: a query with a known type, a
/// scopeName, a defined customFilterTemplate, readable analysisConfigurations, sane group weights and a known judge.
/// </summary>
public sealed class CanaryConfigValidator : JsonPathValidator<CanaryConfig>
{
    public const string NamePattern = @"\A[A-Za-z0-9_-]+\z";

    public CanaryConfigValidator(IOptions<RequestLimits> limits, JudgeNameResolver judges, MetricQueryConfigTypes queryTypes)
    {
        var maxMetrics = limits.Value.MaxMetrics;
        var maxName = limits.Value.MaxNameLength;
        var maxDescription = limits.Value.MaxDescriptionLength;
        var typeNames = queryTypes.Names;
        var knownTypes = typeNames.Count < 2
            ? string.Concat(typeNames)
            : $"{string.Join(", ", typeNames.Take(typeNames.Count - 1))} or {typeNames[^1]}";

        RuleFor(c => c.Id).Must(ObjectId.IsValid).When(c => c.Id is not null)
            .WithMessage("must be 1–200 letters, digits, '_', '-' or '.', starting with a letter or digit, without '..'.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("is required.")
            .MaximumLength(200).WithMessage("must be at most 200 characters.")
            .Matches(NamePattern).WithMessage("may hold only letters, digits, '_' and '-'.");
        RuleFor(c => c.Applications).NotEmpty().WithMessage("must list at least one application.");
        RuleForEach(c => c.Applications).NotEmpty().WithMessage("must not be empty.")
            .MaximumLength(maxName).WithMessage($"must be at most {maxName} characters (Judge:Limits:MaxNameLength).");
        RuleFor(c => c.Description).MaximumLength(maxDescription)
            .WithMessage($"must be at most {maxDescription} characters (Judge:Limits:MaxDescriptionLength).");
        RuleFor(c => c.Metrics).NotEmpty().WithMessage("must hold at least one metric.")
            .Must(m => m!.Count <= maxMetrics).When(c => c.Metrics is not null)
            .WithMessage($"holds more than {maxMetrics} metrics (Judge:Limits:MaxMetrics).");
        RuleForEach(c => c.Metrics).ChildRules(metric =>
        {
            metric.RuleFor(m => m.Name).NotEmpty().WithMessage("is required.")
                .MaximumLength(maxName).WithMessage($"must be at most {maxName} characters (Judge:Limits:MaxNameLength).");
            metric.RuleForEach(m => m.Groups).MaximumLength(maxName)
                .WithMessage($"must be at most {maxName} characters (Judge:Limits:MaxNameLength).");
            metric.RuleFor(m => m.Query).NotNull()
                .WithMessage($"is required: an object with \"type\" {knownTypes}.");
            metric.RuleFor(m => m.ScopeName).NotEmpty().WithMessage("is required (conventionally \"default\").");
            metric.RuleForEach(m => m.Groups).NotEmpty().WithMessage("must not be empty.");
        });
        RuleFor(c => c).Custom((config, context) =>
        {
            foreach (var error in MetricErrors(config))
                context.AddFailure(error.Path, error.Message);
        });
        RuleFor(c => c.Judge!.Name).Must(judges.IsKnown).When(c => c.Judge is not null)
            .WithMessage(c => $"names no known judge (known: {string.Join(", ", judges.All.Select(j => j.Name))}).");
        RuleFor(c => c.Classifier).Custom((classifier, context) =>
        {
            foreach (var error in ClassifierErrors(classifier))
                context.AddFailure(error.Path, error.Message);
        });
        RuleFor(c => c.Classifier!.ScoreThresholds!).SetValidator(new ScoreThresholdsValidator())
            .When(c => c.Classifier?.ScoreThresholds is not null);
    }

    private static IEnumerable<FieldError> MetricErrors(CanaryConfig config)
    {
        var errors = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (config.Metrics?.Count ?? 0); i++)
        {
            var metric = config.Metrics![i];
            var path = $"metrics[{i}]";
            if (metric is null)
            {
                errors.Add(new FieldError(path, "must be an object."));
                continue;
            }
            if (!string.IsNullOrEmpty(metric.Name) && !seen.Add(metric.Name))
                errors.Add(new FieldError($"{path}.name", $"Metric config name must be unique. '{metric.Name}' is duplicated."));
            var template = metric.Query?.CustomFilterTemplate;
            if (!string.IsNullOrEmpty(template) && string.IsNullOrEmpty(metric.Query!.CustomInlineTemplate)
                && config.Templates?.ContainsKey(template) != true)
                errors.Add(new FieldError($"{path}.query.customFilterTemplate", $"names template '{template}', which the config's templates do not define."));
            AnalysisConfigReader.Read(metric.AnalysisConfigurations, $"{path}.analysisConfigurations", errors);
        }
        return errors;
    }

    private static IEnumerable<FieldError> ClassifierErrors(CanaryClassifierConfig? classifier)
    {
        if (classifier?.GroupWeights is not { } weights) yield break;
        foreach (var (group, weight) in weights)
            if (!(weight >= 0 && weight <= 100))
                yield return new FieldError($"classifier.groupWeights.{group}", "must be between 0 and 100.");
        var sum = weights.Values.Where(double.IsFinite).Sum();
        if (sum > 100 + 1e-9)
            yield return new FieldError("classifier.groupWeights", $"sum to {sum}, more than 100.");
    }
}
