using FluentValidation;
using Judge.Api.Model;

namespace Judge.Api.Validation;

/// <summary>Score thresholds: both present, each in 0–100, marginal ≤ pass.</summary>
public sealed class ScoreThresholdsValidator : JsonPathValidator<ScoreThresholdsConfig>
{
    public ScoreThresholdsValidator()
    {
        RuleFor(t => t.Pass).NotNull().WithMessage("is required.")
            .InclusiveBetween(0, 100).WithMessage("must be between 0 and 100.");
        RuleFor(t => t.Marginal).NotNull().WithMessage("is required.")
            .InclusiveBetween(0, 100).WithMessage("must be between 0 and 100.");
        RuleFor(t => t.Marginal).LessThanOrEqualTo(t => t.Pass).When(t => t.Pass is not null)
            .WithMessage("must not exceed pass.");
    }
}
