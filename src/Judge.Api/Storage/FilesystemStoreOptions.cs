using Judge.MetricSources.Accounts;

namespace Judge.Api.Storage;

/// <summary>A store in a local folder: documents live at &lt;Path&gt;/&lt;group&gt;/&lt;id&gt;/&lt;fileName&gt;.</summary>
public sealed record FilesystemStoreOptions
{
    /// <summary>The root folder; created on first write. Relative paths resolve against the working directory.</summary>
    [AccountSetting(Required = true, Public = true)]
    public string Path { get; init; } = "";
}
