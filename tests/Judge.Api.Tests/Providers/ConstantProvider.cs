using System.Globalization;
using Judge.MetricSources;
using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Providers;

/// <summary>The descriptor of the test-only "constant" metric source: a required public Level and a secret Token.</summary>
public static class ConstantProvider
{
    public const string Type = "constant";

    public static MetricSourceDescriptor Descriptor { get; } = new MetricSourceDescriptor<ConstantOptions, ConstantQueryConfig>
    {
        AddAccount = (services, name, options, _) => double.TryParse(options.Level, NumberStyles.Float, CultureInfo.InvariantCulture, out var level)
            ? services.AddKeyedSingleton<IMetricSource>(name, new ConstantMetricSource(name, level))
            : throw new ArgumentException($"constant account '{name}': Level must be a number.", nameof(options.Level)),
    };

    public sealed class ConstantOptions
    {
        [AccountSetting(Required = true, Public = true)]
        public string Level { get; set; } = "";

        [AccountSetting(Secret = true)]
        public string? Token { get; set; }
    }
}
