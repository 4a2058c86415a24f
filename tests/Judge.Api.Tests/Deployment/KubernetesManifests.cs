using YamlDotNet.Serialization;

namespace Judge.Api.Tests.Deployment;

/// <summary>The objects of deploy/kubernetes, by kind, as plain maps and lists, read with a path like "spec.template.spec".</summary>
public sealed class KubernetesManifests
{
    private readonly List<Dictionary<object, object>> _objects = [];

    public static KubernetesManifests Read()
    {
        var manifests = new KubernetesManifests();
        var deserializer = new DeserializerBuilder().Build();
        foreach (var file in Directory.GetFiles(RepositoryFolder.File("deploy/kubernetes"), "*.yaml").Order(StringComparer.Ordinal))
            manifests._objects.Add(deserializer.Deserialize<Dictionary<object, object>>(File.ReadAllText(file)));
        return manifests;
    }

    public Dictionary<object, object> Single(string kind) => _objects.Single(o => (string)o["kind"] == kind);

    public Dictionary<object, object> Named(string kind, string name) =>
        _objects.Single(o => (string)o["kind"] == kind && (string)Map(o, "metadata")["name"] == name);

    public static Dictionary<object, object> Map(object node, string path) => (Dictionary<object, object>)At(node, path);

    public static List<object> List(object node, string path) => (List<object>)At(node, path);

    public static string Text(object node, string path) => (string)At(node, path);

    public static object At(object node, string path)
    {
        foreach (var key in path.Split('.'))
            node = ((Dictionary<object, object>)node).TryGetValue(key, out var child) ? child : throw new KeyNotFoundException($"no {key} in {path}");
        return node;
    }

    /// <summary>A map's entries as strings (a ConfigMap's data, a Secret's stringData).</summary>
    public static Dictionary<string, string> Strings(object node, string path) =>
        Map(node, path).ToDictionary(e => (string)e.Key, e => (string)e.Value, StringComparer.Ordinal);
}
