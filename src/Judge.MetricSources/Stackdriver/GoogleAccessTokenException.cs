namespace Judge.MetricSources.Stackdriver;

/// <summary>No access token could be had. The message is written here from known parts and never holds key material.</summary>
internal sealed class GoogleAccessTokenException(string message) : Exception(message);
