using System.Globalization;
using Judge.MetricSources;
using Judge.MetricSources.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Api.Tests.Providers;

/// <summary>The descriptor of the test-only "constant" metric source: a required public Level and a secret Token.</summary>
public static class ConstantProvider
{
    public const string Type = "constant";

    public static MetricSourceDescriptor Descriptor { get; } = new()
    {
        Type = Type,
        Settings =
        [
            new("Level", required: true, @public: true),
            new("Token", secret: true),
        ],
        QueryConfigType = typeof(ConstantQueryConfig),
        Register = (services, account) =>
        {
            if (!double.TryParse(account.Settings["Level"], NumberStyles.Float, CultureInfo.InvariantCulture, out var level))
                throw new ArgumentException($"constant account '{account.Name}': Level must be a number.", "Level");
            services.AddKeyedSingleton<IMetricSource>(account.Name, new ConstantMetricSource(account.Name, level));
        },
    };
}
