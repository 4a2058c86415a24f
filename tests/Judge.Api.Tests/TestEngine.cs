using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests;

/// <summary>
/// Where a test host's engine (Judge:Engine, SQLite) keeps its jobs: hosts given one folder share them, as a restarted
/// host shares its predecessor's; every other host has a fresh engine.db of its own, so parallel tests never see each
/// other's jobs.
/// </summary>
internal static class TestEngine
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "judge-engine-tests", Environment.ProcessId.ToString());

    static TestEngine() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    };

    public static IWebHostBuilder UseEngineIn(this IWebHostBuilder builder, string folder) =>
        builder.UseSetting("Judge:Engine:ConnectionString", $"Data Source={Path.Combine(folder, "engine.db")}");

    public static IWebHostBuilder UseOwnEngine(this IWebHostBuilder builder) =>
        builder.UseEngineIn(Directory.CreateDirectory(Path.Combine(Root, Guid.NewGuid().ToString("N"))).FullName);
}
