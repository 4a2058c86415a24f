using Judge.Api.Model;

namespace Judge.Api.Storage;

/// <summary>
/// What a damaged execution or analysis document still tells, read from its text: the application, the metrics account
/// and the config's name (a config without metrics stands in for the rest).
/// </summary>
public sealed record SalvagedFields(string Application, string MetricsAccountName, CanaryConfig Config)
{
    public static SalvagedFields From(byte[] json) => new(
        DamagedText.Salvage(json, "application") ?? "unknown",
        DamagedText.Salvage(json, "metricsAccountName") ?? "",
        new CanaryConfig { Name = DamagedText.Salvage(json, "name"), Applications = [], Metrics = [] });
}
