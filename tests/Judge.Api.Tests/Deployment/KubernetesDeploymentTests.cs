using Judge.Api.Accounts;
using Judge.Api.Auth;
using Judge.Api.Tests.Auth;
using Microsoft.Extensions.Configuration;
using static Judge.Api.Tests.Deployment.KubernetesManifests;

namespace Judge.Api.Tests.Deployment;

/// <summary>
/// What deploy/kubernetes promises beyond its schema: two probed replicas of the image as its non-root user, a Service
/// and a disruption budget that select them, and settings Judge accepts (secret ones only in the Secret).
/// </summary>
public sealed class KubernetesDeploymentTests
{
    private static readonly KubernetesManifests Manifests = KubernetesManifests.Read();
    private static readonly Dockerfile Image = Dockerfile.Read(RepositoryFolder.File("Dockerfile"));

    private static Dictionary<object, object> Deployment => Manifests.Single("Deployment");
    private static Dictionary<object, object> Pod => Map(Deployment, "spec.template.spec");
    private static Dictionary<object, object> Container => (Dictionary<object, object>)List(Pod, "containers").Single();

    [Fact]
    public void Two_replicas_live_on_healthz_and_are_ready_on_readyz_at_the_images_port()
    {
        Assert.Equal("2", At(Deployment, "spec.replicas"));
        Assert.Equal("/healthz", Text(Container, "livenessProbe.httpGet.path"));
        Assert.Equal("/readyz", Text(Container, "readinessProbe.httpGet.path"));
        var port = (Dictionary<object, object>)List(Container, "ports").Single();
        Assert.Equal(Image.ExposedPorts().Single(), port["containerPort"]);
        Assert.All(new[] { "livenessProbe", "readinessProbe" }, probe => Assert.Equal(port["name"], At(Container, $"{probe}.httpGet.port")));
        Assert.NotEmpty(Map(Container, "resources.requests"));
        Assert.True(Map(Container, "resources.limits").ContainsKey("memory"));
    }

    [Fact]
    public void Pods_run_as_the_images_numeric_user_on_a_read_only_root_writing_only_to_empty_dirs()
    {
        var imageUser = Image.User()!.Split(':');
        Assert.Equal("true", At(Pod, "securityContext.runAsNonRoot"));
        Assert.Equal(imageUser[0], At(Pod, "securityContext.runAsUser"));
        Assert.Equal("true", At(Container, "securityContext.readOnlyRootFilesystem"));
        Assert.Equal("false", At(Container, "securityContext.allowPrivilegeEscalation"));

        var volumes = List(Pod, "volumes").Cast<Dictionary<object, object>>().ToDictionary(v => (string)v["name"]);
        var mounts = List(Container, "volumeMounts").Cast<Dictionary<object, object>>().ToDictionary(m => (string)m["mountPath"], m => (string)m["name"]);
        Assert.Equal(new[] { "/data", "/tmp" }, mounts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Image.Environment()["Judge__DataPath"], mounts.Keys.First());
        Assert.All(mounts.Values, volume => Assert.True(volumes[volume].ContainsKey("emptyDir"), $"volume {volume} is not an emptyDir"));
    }

    [Fact]
    public void The_service_and_the_disruption_budget_select_the_pods()
    {
        var podLabels = Strings(Deployment, "spec.template.metadata.labels");
        Assert.Equal(Strings(Deployment, "spec.selector.matchLabels"), podLabels);
        Assert.Equal(podLabels, Strings(Manifests.Single("Service"), "spec.selector"));
        Assert.Equal(podLabels, Strings(Manifests.Single("PodDisruptionBudget"), "spec.selector.matchLabels"));
        Assert.Equal("1", At(Manifests.Single("PodDisruptionBudget"), "spec.minAvailable"));

        var servicePort = (Dictionary<object, object>)List(Manifests.Single("Service"), "spec.ports").Single();
        Assert.Equal(((Dictionary<object, object>)List(Container, "ports").Single())["name"], servicePort["targetPort"]);
    }

    [Fact]
    public void The_settings_come_from_the_configmap_and_secret_and_secret_values_only_from_the_secret()
    {
        var sources = List(Container, "envFrom").Cast<Dictionary<object, object>>().ToList();
        var settings = Strings(Manifests.Named("ConfigMap", Text(sources.Single(s => s.ContainsKey("configMapRef")), "configMapRef.name")), "data");
        var secrets = Strings(Manifests.Named("Secret", Text(sources.Single(s => s.ContainsKey("secretRef")), "secretRef.name")), "stringData");

        Assert.Equal("postgres", settings["Judge__Engine__Store"]);
        Assert.Contains("Judge__Engine__ConnectionString", secrets.Keys);
        string[] secretSuffixes = ["ConnectionString", "Password", "SecretAccessKey", "AccessKeyId", "Sha256", "BearerToken", "ApiKey", "ApplicationKey"];
        Assert.DoesNotContain(settings.Keys, key => secretSuffixes.Any(suffix => key.EndsWith("__" + suffix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Judge_accepts_the_example_accounts_and_refuses_to_start_until_the_key_hash_is_filled_in()
    {
        var example = ExampleConfiguration();

        var accounts = AccountConfigurationReader.Read(example.GetSection("Judge"));
        Assert.Equal(["configs", "objects", "prom"], accounts.Select(a => a.Name).Order(StringComparer.Ordinal));
        var placeholder = Assert.Throws<InvalidAuthConfigurationException>(() => AuthSetupReader.Read(example));
        Assert.Contains("Judge:Auth:ApiKeys:ops:Sha256", placeholder.Message);

        example["Judge:Auth:ApiKeys:ops:Sha256"] = AuthHost.Sha256("an-ops-key");
        var auth = AuthSetupReader.Read(example);
        Assert.Equal(CallerRole.Write, auth.Anonymous?.Role);
    }

    /// <summary>The ConfigMap and Secret as the pod's environment (Judge__A__B is Judge:A:B), beside the image's.</summary>
    private static IConfigurationRoot ExampleConfiguration()
    {
        var environment = new Dictionary<string, string?>();
        foreach (var (key, value) in Image.Environment()
                     .Concat(Strings(Manifests.Single("ConfigMap"), "data"))
                     .Concat(Strings(Manifests.Single("Secret"), "stringData")))
            environment[key.Replace("__", ":", StringComparison.Ordinal)] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(environment).Build();
    }
}
