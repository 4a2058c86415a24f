using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Judge.Api.Http;

/// <summary>
/// A JSON request body read whole into a pooled buffer, under the rules minimal APIs apply when they bind a body
/// parameter that may be absent: no body at all is "none" (null), a body that is not JSON is a 415 bad request.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>Runs <paramref name="read"/> on the whole body; default when the request has no body.</summary>
    /// <exception cref="BadHttpRequestException">415: the body is not declared as JSON.</exception>
    public static async ValueTask<T?> ReadAsync<T>(HttpContext context, Func<ReadOnlyMemory<byte>, T?> read)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
            return default;
        var request = context.Request;
        if (!request.HasJsonContentType())
            throw new BadHttpRequestException($"Expected a supported JSON media type but got \"{request.ContentType}\".",
                StatusCodes.Status415UnsupportedMediaType);
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and < int.MaxValue ? (int)request.ContentLength + 1 : 16 * 1024);
        try
        {
            var count = 0;
            while (true)
            {
                if (count == buffer.Length)
                    buffer = Grow(buffer);
                var got = await request.Body.ReadAsync(buffer.AsMemory(count), context.RequestAborted);
                if (got == 0)
                    break;
                count += got;
            }
            return read(buffer.AsMemory(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
        buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
