using System.Reflection;

namespace Judge.Api.Tests;

/// <summary>
/// Where an app these tests run as a process was built: Judge.Api.Tests.csproj records each path as assembly metadata
/// (the apps are built with the tests).
/// </summary>
public static class BuiltDll
{
    public const string SampleApp = "SampleAppDll";
    public const string JudgeApi = "JudgeApiDll";

    public static string Path(string key)
    {
        var path = typeof(BuiltDll).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"The test assembly does not record {key} (see Judge.Api.Tests.csproj).");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{key}: nothing was built at {path}; build tests/Judge.Api.Tests, which builds it.");
    }
}
