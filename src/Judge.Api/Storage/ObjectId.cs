using System.Text.RegularExpressions;

namespace Judge.Api.Storage;

/// <summary>The ids a store accepts: they become one path segment, so nothing that could leave the folder.</summary>
public static partial class ObjectId
{
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_.-]{0,199}\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id) && !id.Contains("..");

    public static string New() => Guid.NewGuid().ToString();
}
