namespace Judge.Api.Apis;

/// <summary>The links of a report page (GET …/{id}/report), under the host's path base.</summary>
public readonly record struct ReportPaths(string Root)
{
    public static ReportPaths Of(HttpRequest request) => new(request.PathBase.Value ?? "");

    public string Assets => Root + ReportAssetsApi.AssetsPath;

    /// <summary>The JSON of the stored document the page shows: {root}/{collection}/{id}?storageAccountName=….</summary>
    public string Document(string collection, string id, string storageAccountName) =>
        $"{Root}/{collection}/{Uri.EscapeDataString(id)}?storageAccountName={Uri.EscapeDataString(storageAccountName)}";
}
