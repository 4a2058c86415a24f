namespace Judge.Bench.Http;

/// <summary>Where the repository's builds are, found from the bench's own folder.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                    return dir.FullName;
            throw new DirectoryNotFoundException("Judge.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The Release build of the service (bench/*.sh build it first).</summary>
    public static string ApiDll => Path.Combine(Root, "src", "Judge.Api", "bin", "Release", "net10.0", "Judge.Api.dll");

    /// <summary>The machine's 1-, 5- and 15-minute load averages, as /proc/loadavg has them.</summary>
    public static string LoadAverage =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
