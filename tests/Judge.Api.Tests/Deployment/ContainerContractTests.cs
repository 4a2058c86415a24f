using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Judge.Api.Tests.Auth;
using Judge.Api.Tests.Storage;
using Judge.Tests.Shared.Processes;

namespace Judge.Api.Tests.Deployment;

/// <summary>
/// The image's contract, checked without building it (its base images cannot be pulled here): the Dockerfile's final
/// stage is read, and the built service is run the way the image runs it — <c>dotnet Judge.Api.dll</c> in its own
/// folder, beside its appsettings.json, with exactly the image's environment, only the port moved to a free one and
/// /data to a temporary folder. "Serves" means answering through a non-loopback address of this machine, which is
/// what <c>docker run -p</c> forwards to; a listener on loopback only cannot be reached that way.
/// </summary>
public sealed class ContainerContractTests
{
    private const string UrlsVariable = "ASPNETCORE_URLS";
    private const string ProbeKey = "container-probe-key-7c1d";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    private static readonly Dockerfile Image = Dockerfile.Read(RepositoryFolder.File("Dockerfile"));

    [Fact]
    public void The_user_is_numeric_and_not_root()
    {
        var user = Image.User();

        Assert.NotNull(user);
        Assert.All(user.Split(':'), id =>
            Assert.True(int.TryParse(id, out var number) && number > 0, $"USER {user}: Kubernetes' runAsNonRoot can only check a numeric, non-zero id."));
    }

    [Fact]
    public void It_listens_on_the_any_address_at_the_exposed_port()
    {
        var url = new Uri(Image.Environment()[UrlsVariable]);

        Assert.Equal("0.0.0.0", url.Host);
        Assert.Equal([url.Port.ToString(CultureInfo.InvariantCulture)], Image.ExposedPorts());
    }

    [Fact]
    public async Task With_the_images_environment_it_serves_beyond_loopback_and_its_healthcheck_passes()
    {
        using var data = new TempFolder();
        var port = LoopbackPort.Free();
        var environment = WithProbeKey(ImageEnvironment(port, data.Path));
        var address = InterfaceAddress.NonLoopback();
        var served = new Uri($"http://{address}:{port}");

        await using var judge = await StartAsync(environment, new Uri(served, "/healthz"));

        Assert.Contains($"Now listening on: http://0.0.0.0:{port}", judge.LogTail());
        using var http = new HttpClient { BaseAddress = served };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/canaryConfig")).StatusCode);
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/canaryConfig") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", ProbeKey) } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withKey)).StatusCode);
        var (exitCode, output) = await RunHealthcheckAsync(environment, address);
        Assert.True(exitCode == 0, $"the HEALTHCHECK command failed with {exitCode}: {output}");
    }

    [Fact]
    public async Task The_healthcheck_fails_when_the_service_listens_on_loopback_only()
    {
        using var data = new TempFolder();
        var port = LoopbackPort.Free();
        var environment = WithProbeKey(ImageEnvironment(port, data.Path));
        environment[UrlsVariable] = $"http://127.0.0.1:{port}";

        await using var judge = await StartAsync(environment, new Uri($"http://127.0.0.1:{port}/healthz"));

        var (exitCode, _) = await RunHealthcheckAsync(environment, InterfaceAddress.NonLoopback());
        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public async Task With_nothing_but_the_images_environment_it_refuses_to_start_and_names_the_auth_settings()
    {
        using var data = new TempFolder();
        var port = LoopbackPort.Free();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StartAsync(ImageEnvironment(port, data.Path), new Uri($"http://127.0.0.1:{port}/healthz")));

        Assert.Contains("exited with code", error.Message);
        Assert.Contains("Judge:Auth:ApiKeys", error.Message);
        Assert.Contains("Judge:Auth:Anonymous:Role", error.Message);
    }

    [Fact]
    public void Packages_are_restored_from_the_project_files_alone_before_the_sources_are_copied()
    {
        var build = Image.Stages.Single(stage => stage.Any(IsRestore));
        var restore = build.ToList().FindIndex(IsRestore);
        var copiedFirst = build.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(CopySources).ToList();

        Assert.All(copiedFirst, file => Assert.Matches(@"(\.csproj|\.props|\.sln|global\.json)\z", file));
        var projects = ReferencedProjects("src/Judge.Api/Judge.Api.csproj");
        Assert.All(projects, project => Assert.Contains(project, copiedFirst));
        Assert.Contains(build.Skip(restore), i => i.Keyword == "COPY" && CopySources(i).Contains("src/"));
        Assert.Contains(build.Skip(restore), i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish") && i.Arguments.Contains("--no-restore"));
    }

    private static bool IsRestore(DockerInstruction instruction) =>
        instruction.Keyword == "RUN" && instruction.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal);

    /// <summary>A COPY's sources: every word but the options and the destination.</summary>
    private static IEnumerable<string> CopySources(DockerInstruction copy)
    {
        var words = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        return words.Take(words.Count - 1);
    }

    /// <summary>The project and every project it references, directly or not, as repository-relative paths.</summary>
    private static IReadOnlySet<string> ReferencedProjects(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next)) continue;
            var folder = Path.GetDirectoryName(RepositoryFolder.File(next))!;
            foreach (var reference in XDocument.Load(RepositoryFolder.File(next)).Descendants("ProjectReference"))
            {
                var path = Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(RepositoryFolder.Root, path).Replace('\\', '/'));
            }
        }
        return found;
    }

    /// <summary>The image's ENV with its port moved to <paramref name="port"/> and its data folder to <paramref name="dataPath"/>.</summary>
    private static Dictionary<string, string> ImageEnvironment(int port, string dataPath)
    {
        var environment = new Dictionary<string, string>(Image.Environment(), StringComparer.Ordinal);
        environment[UrlsVariable] = new UriBuilder(environment[UrlsVariable]) { Port = port }.Uri.GetLeftPart(UriPartial.Authority);
        Assert.True(environment.ContainsKey("Judge__DataPath"), "the image sets Judge__DataPath");
        environment["Judge__DataPath"] = dataPath;
        return environment;
    }

    /// <summary>One read key, given the way README's docker run line gives keys: as environment.</summary>
    private static Dictionary<string, string> WithProbeKey(Dictionary<string, string> environment)
    {
        environment["Judge__Auth__ApiKeys__probe__Sha256"] = AuthHost.Sha256(ProbeKey);
        environment["Judge__Auth__ApiKeys__probe__Role"] = "read";
        return environment;
    }

    private static Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> environment, Uri readyUrl)
    {
        var dll = BuiltDll.Path(BuiltDll.JudgeApi);
        return ServerProcess.StartAsync("Judge.Api as the image runs it", DotnetHost.Path(), [dll], readyUrl, ReadyTimeout,
            environment, workingDirectory: Path.GetDirectoryName(dll));
    }

    /// <summary>The HEALTHCHECK command, run with the image's environment and this machine's interface address as its hostname.</summary>
    private static Task<(int ExitCode, string Output)> RunHealthcheckAsync(Dictionary<string, string> environment, IPAddress hostnameAddress)
    {
        var command = Image.HealthcheckCommand();
        return ToolRun.RunAsync(command[0], command.Skip(1), new Dictionary<string, string>(environment) { ["HOSTNAME"] = hostnameAddress.ToString() });
    }
}
