namespace Judge.Api.Tests.Repository;

/// <summary>What a newcomer meets on the README's first command: the embedded store lands where README says, untracked.</summary>
public sealed class FirstRunTests
{
    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }

    [Fact]
    public void The_data_folder_of_dotnet_run_is_what_README_names_and_git_ignores()
    {
        // dotnet run starts the service in its project folder, so the default ./data is src/Judge.Api/data.
        var readme = File.ReadAllLines(RepositoryFile("README.md"));
        var runLine = readme.First(l => l.StartsWith("dotnet run --project src/Judge.Api ", StringComparison.Ordinal));
        Assert.Contains("data in src/Judge.Api/data", runLine);

        var ignored = File.ReadAllLines(RepositoryFile(".gitignore")).Select(l => l.Trim()).ToList();
        Assert.Contains("/src/Judge.Api/data/", ignored);
        Assert.Equal("./data", Judge.Api.Accounts.AccountConfigurationReader.DefaultDataPath);
    }
}
