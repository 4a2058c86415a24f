namespace Judge.Api.Tests.Report;

/// <summary>Where the browser tests leave screenshots and PDFs for people (and CI) to look at: TestResults/report-screenshots.</summary>
internal static class ReportArtifacts
{
    public static string PathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Judge.sln")))
            directory = directory.Parent;
        var root = directory?.FullName ?? AppContext.BaseDirectory;
        return Path.Combine(root, "TestResults", "report-screenshots", fileName);
    }
}
