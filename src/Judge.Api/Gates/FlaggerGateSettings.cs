using System.Globalization;
using Judge.Api.Problems;

namespace Judge.Api.Gates;

/// <summary>
/// A Flagger webhook's metadata, read: which config to run with which accounts, the baseline and canary scopes and the
/// look-back window. Every value may use ${name}, ${namespace}, ${phase} and ${checksum} from the payload.
/// </summary>
public sealed record FlaggerGateSettings
{
    public const string DefaultBaselineScope = "${name}-primary";
    public const string DefaultCanaryScope = "${name}";
    public const string DefaultLocation = "${namespace}";
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan DefaultStep = TimeSpan.FromSeconds(15);
    private const string ScopeParamPrefix = "extendedScopeParams.";

    public string? CanaryConfigId { get; init; }
    public string? CanaryConfigName { get; init; }
    public string? Application { get; init; }
    public string? ConfigurationAccountName { get; init; }
    public string? MetricsAccountName { get; init; }
    public string? StorageAccountName { get; init; }
    public required string BaselineScope { get; init; }
    public required string CanaryScope { get; init; }
    public required string BaselineLocation { get; init; }
    public required string CanaryLocation { get; init; }
    public required TimeSpan Lookback { get; init; }
    public required TimeSpan Step { get; init; }
    public double? PassThreshold { get; init; }
    public double? MarginalThreshold { get; init; }
    public TimeSpan? Deadline { get; init; }

    /// <summary>Makes every poll with the same value a look of one gate analysis, e.g. "${namespace}/${name}/${checksum}".</summary>
    public string? AnalysisId { get; init; }
    public required IReadOnlyDictionary<string, string> ExtendedScopeParams { get; init; }

    /// <summary>The settings, or the problems with them, each keyed "metadata.&lt;key&gt;".</summary>
    public static (FlaggerGateSettings? Settings, IReadOnlyList<FieldError> Errors) Read(FlaggerWebhookPayload payload, TimeSpan maxDeadline)
    {
        var errors = new List<FieldError>();
        var variables = new Dictionary<string, string>
        {
            ["name"] = payload.Name ?? "",
            ["namespace"] = payload.Namespace ?? "",
            ["phase"] = payload.Phase ?? "",
            ["checksum"] = payload.Checksum ?? "",
        };
        var metadata = payload.Metadata ?? new Dictionary<string, string>();

        string? Value(string key, string? fallback = null)
        {
            var raw = metadata.TryGetValue(key, out var given) && !string.IsNullOrWhiteSpace(given) ? given.Trim() : fallback;
            if (raw is null) return null;
            try
            {
                return ScopeTemplate.Expand(raw, variables);
            }
            catch (FormatException ex)
            {
                errors.Add(new FieldError($"metadata.{key}", ex.Message));
                return null;
            }
        }

        TimeSpan? Duration(string key, TimeSpan? fallback)
        {
            var text = Value(key);
            if (text is null) return fallback;
            if (GateDuration.TryParse(text, out var duration)) return duration;
            errors.Add(new FieldError($"metadata.{key}", $"'{text}' is not a positive duration such as \"5m\", \"90s\" or \"PT5M\"."));
            return fallback;
        }

        double? Threshold(string key)
        {
            var text = Value(key);
            if (text is null) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
                return value;
            errors.Add(new FieldError($"metadata.{key}", $"'{text}' is not a number from 0 to 100."));
            return null;
        }

        var configId = Value("canaryConfigId");
        var configName = Value("canaryConfigName");
        if (configId is null && configName is null)
            errors.Add(new FieldError("metadata.canaryConfigId", "is required (or metadata.canaryConfigName): the canary config to judge with."));
        var location = Value("location", DefaultLocation);
        var settings = new FlaggerGateSettings
        {
            CanaryConfigId = configId,
            CanaryConfigName = configName,
            Application = Value("application"),
            ConfigurationAccountName = Value("configurationAccountName"),
            MetricsAccountName = Value("metricsAccountName"),
            StorageAccountName = Value("storageAccountName"),
            BaselineScope = Value("baselineScope", DefaultBaselineScope) ?? "",
            CanaryScope = Value("canaryScope", DefaultCanaryScope) ?? "",
            BaselineLocation = Value("baselineLocation") ?? location ?? "",
            CanaryLocation = Value("canaryLocation") ?? location ?? "",
            Lookback = Duration("lookback", DefaultLookback)!.Value,
            Step = Duration("step", DefaultStep)!.Value,
            PassThreshold = Threshold("passThreshold"),
            MarginalThreshold = Threshold("marginalThreshold"),
            Deadline = Duration("deadline", null),
            AnalysisId = Value("analysisId"),
            ExtendedScopeParams = metadata.Keys
                .Where(k => k.StartsWith(ScopeParamPrefix, StringComparison.Ordinal) && k.Length > ScopeParamPrefix.Length)
                .ToDictionary(k => k[ScopeParamPrefix.Length..], k => Value(k) ?? ""),
        };

        if (settings.BaselineScope.Length == 0) errors.Add(new FieldError("metadata.baselineScope", "is empty."));
        if (settings.CanaryScope.Length == 0) errors.Add(new FieldError("metadata.canaryScope", "is empty."));
        if (settings.Step.TotalSeconds < 1 || settings.Step.Ticks % TimeSpan.TicksPerSecond != 0)
            errors.Add(new FieldError("metadata.step", "must be a whole number of seconds, at least 1s."));
        if (settings.Step >= settings.Lookback)
            errors.Add(new FieldError("metadata.lookback", "must be longer than metadata.step."));
        if (settings.PassThreshold is { } pass && settings.MarginalThreshold is { } marginal && marginal > pass)
            errors.Add(new FieldError("metadata.marginalThreshold", "must not exceed metadata.passThreshold."));
        if (settings.AnalysisId?.Length > SequentialGate.MaxAnalysisIdLength)
            errors.Add(new FieldError("metadata.analysisId", $"must be at most {SequentialGate.MaxAnalysisIdLength} characters."));
        if (settings.Deadline > maxDeadline)
            errors.Add(new FieldError("metadata.deadline", $"must be at most {maxDeadline.TotalSeconds:0} s (Judge:Gates:MaxDeadline)."));
        return errors.Count > 0 ? (null, errors) : (settings, errors);
    }
}
