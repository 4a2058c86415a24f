namespace Judge.Api.Tests.StandaloneAnalyses;

/// <summary>A temporary directory for a filesystem storage account.</summary>
public sealed class TempStore : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("judge-lifetime-").FullName;

    /// <summary>How many canary executions the store holds.</summary>
    public int CanaryExecutionCount =>
        Directory.Exists(System.IO.Path.Combine(Path, "canary_archive"))
            ? Directory.GetFileSystemEntries(System.IO.Path.Combine(Path, "canary_archive")).Length
            : 0;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
