using System.Collections.Frozen;
using System.Reflection;

namespace Judge.Api.Report;

/// <summary>
/// The report's static files, embedded in the assembly so the page works with no internet and no wwwroot deployment.
/// Charts use Chart.js 4 (MIT, vendored unmodified from the npm package): one self-contained UMD file, no build step,
/// canvas rendering that stays light with hundreds of charts when they are created lazily, line and stepped-line charts
/// (series over time, ECDF) out of the box, and a widely used, actively released project. uPlot is smaller and faster
/// but has a far smaller community and needs more hand-written glue for legends and stepped distribution plots.
/// </summary>
public static class ReportAssets
{
    public sealed record Asset(string Name, string ContentType, byte[] Content, string ETag);

    private static readonly FrozenDictionary<string, Asset> Assets = Load(
        ("chart.umd.js", "text/javascript; charset=utf-8"),
        ("chart.js.LICENSE.md", "text/markdown; charset=utf-8"),
        ("report.js", "text/javascript; charset=utf-8"),
        ("report.css", "text/css; charset=utf-8"));

    public static IEnumerable<string> Names => Assets.Keys;

    public static Asset? Find(string name) => Assets.GetValueOrDefault(name);

    private static FrozenDictionary<string, Asset> Load(params (string Name, string ContentType)[] files)
    {
        var assembly = typeof(ReportAssets).Assembly;
        return files.ToFrozenDictionary(f => f.Name, f => Read(assembly, f.Name, f.ContentType), StringComparer.Ordinal);
    }

    private static Asset Read(Assembly assembly, string name, string contentType)
    {
        using var stream = assembly.GetManifestResourceStream("Judge.Api.Report.Assets." + name)
            ?? throw new InvalidOperationException($"The report asset {name} is not embedded in {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content), 0, 8).ToLowerInvariant() + "\"";
        return new Asset(name, contentType, content, etag);
    }
}
