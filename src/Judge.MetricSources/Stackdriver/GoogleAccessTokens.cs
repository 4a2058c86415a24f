using System.Security.Cryptography;
using System.Text.Json;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Responses;

namespace Judge.MetricSources.Stackdriver;

/// <summary>
/// OAuth access tokens for one account, read-only monitoring scope: from the service-account key file when one is
/// configured (its token_uri, or the account's TokenUrl override), else from application-default credentials. The
/// Google library caches each token and refreshes it shortly before it expires.
/// </summary>
internal sealed class GoogleAccessTokens(StackdriverAccountOptions account)
{
    public const string MonitoringReadScope = "https://www.googleapis.com/auth/monitoring.read";
    private const string DefaultTokenUrl = "https://oauth2.googleapis.com/token";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ITokenAccess? _credential;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        var credential = await CredentialAsync(cancellationToken);
        try
        {
            return await credential.GetAccessTokenForRequestAsync(authUri: null, cancellationToken);
        }
        catch (TokenResponseException e)
        {
            throw new GoogleAccessTokenException($"the token endpoint refused to issue an access token: {e.Error?.Error} {e.Error?.ErrorDescription}".TrimEnd());
        }
        catch (HttpRequestException e)
        {
            throw new GoogleAccessTokenException($"the token endpoint could not be reached: {e.Message}");
        }
    }

    // Built once, on first use, so a missing file or absent ambient credentials fail the fetch instead of the host's start;
    // a failed attempt is not cached, so fixing the file needs no restart.
    private async Task<ITokenAccess> CredentialAsync(CancellationToken cancellationToken)
    {
        if (_credential is { } ready)
            return ready;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _credential ??= string.IsNullOrWhiteSpace(account.CredentialsFile)
                ? await ApplicationDefaultAsync(cancellationToken)
                : await FromKeyFileAsync(account.CredentialsFile, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<ITokenAccess> ApplicationDefaultAsync(CancellationToken cancellationToken)
    {
        try
        {
            var credential = await GoogleCredential.GetApplicationDefaultAsync(cancellationToken);
            return credential.CreateScoped(MonitoringReadScope);
        }
        catch (InvalidOperationException e)
        {
            throw new GoogleAccessTokenException($"no CredentialsFile is configured and application-default credentials are unavailable: {e.Message}");
        }
    }

    private async Task<ITokenAccess> FromKeyFileAsync(string path, CancellationToken cancellationToken)
    {
        ServiceAccountKey? key;
        try
        {
            await using var file = File.OpenRead(path);
            key = await JsonSerializer.DeserializeAsync(file, StackdriverJsonContext.Default.ServiceAccountKey, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoogleAccessTokenException($"the CredentialsFile '{path}' cannot be read: {e.Message}");
        }
        catch (JsonException)
        {
            // JsonException's message may quote the file's text, which holds the private key.
            throw new GoogleAccessTokenException($"the CredentialsFile '{path}' is not a JSON document");
        }
        if (key is null || key.Type != "service_account" || string.IsNullOrEmpty(key.ClientEmail) || string.IsNullOrEmpty(key.PrivateKey))
            throw new GoogleAccessTokenException($"the CredentialsFile '{path}' is not a service-account key (type \"service_account\" with client_email and private_key)");

        var tokenUrl = FirstNonEmpty(account.TokenUrl, key.TokenUri) ?? DefaultTokenUrl;
        var initializer = new ServiceAccountCredential.Initializer(key.ClientEmail, tokenUrl)
        {
            Scopes = [MonitoringReadScope],
            KeyId = key.PrivateKeyId,
            ProjectId = key.ProjectId,
        };
        try
        {
            return new ServiceAccountCredential(initializer.FromPrivateKey(key.PrivateKey));
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException)
        {
            throw new GoogleAccessTokenException($"the private_key in CredentialsFile '{path}' is not a PKCS#8 RSA private key");
        }
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
