using Judge.Api.Limits;
using Judge.Api.Model;
using Judge.Api.Validation;
using Microsoft.Extensions.Options;

namespace Judge.Api.Tests.Validation;

public sealed class CanaryExecutionRequestValidatorTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CanaryExecutionRequestValidator _validator = new(Options.Create(new RequestLimits { MaxSeriesLength = 100 }));

    private static CanaryScope Scope(DateTimeOffset? start = null, DateTimeOffset? end = null, long? step = 60) =>
        new() { Scope = "canary", Start = start ?? Start, End = end ?? Start.AddHours(1), Step = step };

    private static CanaryExecutionRequest Request(CanaryScope? control = null, CanaryScope? experiment = null, ScoreThresholdsConfig? thresholds = null) => new()
    {
        Scopes = new Dictionary<string, CanaryScopePair>
        {
            ["default"] = new() { ControlScope = control ?? Scope(), ExperimentScope = experiment ?? Scope() },
        },
        Thresholds = thresholds ?? new ScoreThresholdsConfig { Pass = 95, Marginal = 75 },
    };

    private static readonly CanaryConfig Config = new()
    {
        Metrics = [new CanaryMetricConfig { Name = "cpu", ScopeName = "default" }, new CanaryMetricConfig { Name = "mem", ScopeName = "memory" }],
    };

    private static IEnumerable<string> Paths(FluentValidation.Results.ValidationResult result) => result.Errors.Select(e => e.PropertyName);

    [Fact]
    public void A_complete_request_is_valid()
    {
        Assert.True(_validator.Validate(Request(), null).IsValid);
    }

    [Fact]
    public void Every_metrics_scopeName_needs_a_scope()
    {
        var result = _validator.Validate(Request(), Config);

        var error = Assert.Single(result.Errors);
        Assert.Equal("scopes.memory", error.PropertyName);
        Assert.Contains("metrics[1].scopeName", error.ErrorMessage);
    }

    [Fact]
    public void Scope_windows_are_checked_by_path()
    {
        Assert.Equal(["scopes.default.controlScope.end"], Paths(_validator.Validate(Request(control: Scope(end: Start)), null)));
        Assert.Equal(["scopes.default.experimentScope.step"], Paths(_validator.Validate(Request(experiment: Scope(step: 0)), null)));
        Assert.Equal(["scopes.default.experimentScope.step"], Paths(_validator.Validate(Request(experiment: Scope(step: null)), null)));
        // 3600 s / 30 s = 120 points > 100
        Assert.Equal(["scopes.default.controlScope.step"], Paths(_validator.Validate(Request(control: Scope(step: 30)), null)));
        var missing = _validator.Validate(Request() with
        {
            Scopes = new Dictionary<string, CanaryScopePair> { ["default"] = new() { ControlScope = new CanaryScope { Step = 60 } } },
        }, null);
        Assert.Equal(["scopes.default.controlScope.start", "scopes.default.controlScope.end", "scopes.default.experimentScope"], Paths(missing));
    }

    [Fact]
    public void Thresholds_are_required_within_0_to_100_with_marginal_at_most_pass()
    {
        Assert.Equal(["thresholds"], Paths(_validator.Validate(Request() with { Thresholds = null }, null)));
        Assert.Equal(["thresholds.marginal"], Paths(_validator.Validate(Request(thresholds: new() { Pass = 50, Marginal = 75 }), null)));
        Assert.Equal(["thresholds.pass"], Paths(_validator.Validate(Request(thresholds: new() { Pass = 101, Marginal = 75 }), null)));
        Assert.Equal(["thresholds.marginal"], Paths(_validator.Validate(Request(thresholds: new() { Pass = 95 }), null)));
    }

    [Fact]
    public void No_scopes_is_invalid()
    {
        Assert.Contains("scopes", Paths(_validator.Validate(new CanaryExecutionRequest { Thresholds = new() { Pass = 1, Marginal = 1 } }, null)));
    }
}
