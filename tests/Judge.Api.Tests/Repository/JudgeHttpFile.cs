namespace Judge.Api.Tests.Repository;

/// <summary>examples/judge.http read as its HTTP client does: a named request's method, path and body, with the
/// file's variables replaced by the values a test gives.</summary>
internal static class JudgeHttpFile
{
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException("Judge.sln not found above the test binaries.");
    }

    public static string Text() => File.ReadAllText(RepositoryFile("examples/judge.http"));

    /// <summary>The named request's method, path (after {{judge}}) and body, each {{variable}} replaced from
    /// <paramref name="variables"/>.</summary>
    public static (string Method, string Path, string Body) Request(string name, IReadOnlyDictionary<string, string>? variables = null)
    {
        var block = Text().Split("\n###").Single(b => b.Contains($"# @name {name}\n", StringComparison.Ordinal));
        var lines = block.Split('\n').Skip(1).Where(l => !l.StartsWith('#')).ToList();
        var requestLine = lines.First(l => l.Length > 0).Split(' ', 2);
        var bodyStart = lines.FindIndex(l => l.Length == 0 && lines.IndexOf(l) > lines.FindIndex(x => x.Length > 0));
        var body = string.Join('\n', lines.Skip(bodyStart + 1)).Trim();
        var path = requestLine[1].Replace("{{judge}}", "", StringComparison.Ordinal);
        foreach (var (key, value) in variables ?? new Dictionary<string, string>())
        {
            path = path.Replace($"{{{{{key}}}}}", value, StringComparison.Ordinal);
            body = body.Replace($"{{{{{key}}}}}", value, StringComparison.Ordinal);
        }
        return (requestLine[0], path, body);
    }
}
