using System.Text.Json;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Json;

/// <summary>The host's serializer options: <see cref="KayentaJson"/>'s conventions with the registered metric sources' query configs.</summary>
public sealed class HostJson(MetricQueryConfigTypes queryTypes)
{
    public JsonSerializerOptions Options { get; } = KayentaJson.Create(queryTypes);
}
