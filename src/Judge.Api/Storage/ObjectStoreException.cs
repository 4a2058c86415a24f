namespace Judge.Api.Storage;

/// <summary>
/// The backing store failed (I/O error, S3 error other than not-found). The message names the operation and the
/// object, never credentials.
/// </summary>
public sealed class ObjectStoreException(string message, Exception innerException) : Exception(message, innerException);
