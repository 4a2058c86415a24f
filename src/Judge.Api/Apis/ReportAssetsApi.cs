using Judge.Api.Report;
using Microsoft.Net.Http.Headers;

namespace Judge.Api.Apis;

/// <summary>GET /report/assets/{name}: the report pages' script, styles and the vendored Chart.js, served from the assembly.</summary>
public static class ReportAssetsApi
{
    public const string AssetsPath = "/report/assets";

    public static IEndpointRouteBuilder MapReportAssetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(AssetsPath + "/{name}", GetAsset).WithTags("Report");
        return app;
    }

    public static Results<FileContentHttpResult, NotFound> GetAsset(string name)
    {
        if (ReportAssets.Find(name) is not { } asset)
            return TypedResults.NotFound();
        return TypedResults.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue(asset.ETag));
    }
}
