namespace Judge.Tests.Shared.Processes;

public static class DotnetHost
{
    /// <summary>The dotnet host the SDK runs the tests with (DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Path() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
