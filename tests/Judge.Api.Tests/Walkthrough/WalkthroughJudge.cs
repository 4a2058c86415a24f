using Judge.Api.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests.Walkthrough;

/// <summary>
/// Judge as the walkthrough runs it: its embedded defaults (a filesystem store at Judge:DataPath) plus one Prometheus
/// account. In process; only its calls to Prometheus leave it, over real HTTP.
/// </summary>
public sealed class WalkthroughJudge(Uri prometheus, string dataPath) : JudgeHostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Judge:DataPath", dataPath);
        builder.UseSetting("Judge:Accounts:prometheus:Type", "prometheus");
        builder.UseSetting("Judge:Accounts:prometheus:BaseUrl", prometheus.ToString());
    }
}
