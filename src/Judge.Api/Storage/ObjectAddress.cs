namespace Judge.Api.Storage;

/// <summary>
/// Where one object lives inside a store: &lt;group&gt;/&lt;id&gt;/&lt;fileName&gt;, the Kayenta layout.
/// Building one validates the id and file name, so neither can leave its folder.
/// </summary>
internal readonly record struct ObjectAddress(string Group, string Id, string FileName)
{
    private const string JsonExtension = ".json";
    private const int MaxFileNameLength = 255;

    public static ObjectAddress For(ObjectType type, string id, string? fileName) =>
        new(type.Group(), ValidId(id), ValidFileName(fileName ?? type.DefaultFileName()));

    public static string ValidId(string id) =>
        ObjectId.IsValid(id)
            ? id
            : throw new ArgumentException(
                "id must be 1-200 characters of letters, digits, '_', '.' or '-', starting with a letter or digit and without '..'.",
                nameof(id));

    /// <summary>True for the names stores keep documents under (temp files and other leftovers are not).</summary>
    public static bool IsDocumentFileName(string name) =>
        name.Length > JsonExtension.Length && name.EndsWith(JsonExtension, StringComparison.Ordinal);

    private static string ValidFileName(string fileName)
    {
        if (!IsDocumentFileName(fileName)
            || fileName.Length > MaxFileNameLength
            || fileName.StartsWith('.')
            || fileName.Any(c => c == '/' || c == '\\' || char.IsControl(c)))
        {
            throw new ArgumentException(
                "fileName must be one path segment of at most 255 characters ending in \".json\", not starting with '.', without '/', '\\' or control characters.",
                nameof(fileName));
        }

        return fileName;
    }
}
