using System.Net;
using Amazon.Runtime;

namespace Judge.Api.Storage;

/// <summary>
/// Whether a storage failure may cure itself (the store unreachable, busy or failing on its side) rather than being
/// permanent (refused access, a missing bucket): the engine retries the first kind and ends an execution on the second.
/// </summary>
public static class TransientFailure
{
    public static bool IsTransient(Exception failure) => failure switch
    {
        ObjectStoreException { InnerException: { } cause } => IsTransientCause(cause),
        _ => false,
    };

    private static bool IsTransientCause(Exception cause) => cause switch
    {
        AmazonServiceException service => (int)service.StatusCode >= 500
            || service.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or 0
            || service.InnerException is HttpRequestException or IOException or TimeoutException,
        AmazonClientException or HttpRequestException or TimeoutException or OperationCanceledException => true,
        // A filesystem store's I/O failure (a full disk, an unmounted volume) can be cured; a refused permission cannot.
        IOException => true,
        _ => false,
    };
}
