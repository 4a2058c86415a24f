using Judge.Api.Http;
using Judge.Api.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Judge.Api.Apis;

/// <summary>
/// The body of POST /metricSetPairList: an array of pairs, read whole with the series straight into arrays
/// (<see cref="MetricSetPairJson"/>), with the errors the serializer reports for a body it refuses.
/// </summary>
public sealed record PostedMetricSetPairs(IReadOnlyList<MetricSetPair>? Pairs)
{
    public static async ValueTask<PostedMetricSetPairs?> BindAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var pairs = await JsonRequestBody.ReadAsync(context, body => MetricSetPairJson.ReadList(body.Span, options));
        return new PostedMetricSetPairs(pairs);
    }
}
