namespace Judge.Api.Tests.Deployment;

/// <summary>The checkout these tests were built from: the first folder holding Judge.sln above the test binaries.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return dir.FullName;
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }
}
