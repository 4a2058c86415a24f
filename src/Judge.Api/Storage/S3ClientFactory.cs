using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Judge.MetricSources.Accounts;

namespace Judge.Api.Storage;

/// <summary>Turns <see cref="S3StoreOptions"/> into a configured S3 client, rejecting incomplete options by field name.</summary>
internal static class S3ClientFactory
{
    private const string DefaultSigningRegion = "us-east-1";

    public static AmazonS3Client Create(S3StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Bucket))
        {
            throw new ArgumentException("Bucket is required.", nameof(options));
        }

        if (GivenTogetherAttribute.HalfGivenPairOf(options) is { } pair)
        {
            throw new ArgumentException($"{pair.Problem} Give neither for the default credential chain.", nameof(options));
        }

        var config = new AmazonS3Config();
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException("ServiceUrl must be an absolute http or https URL.", nameof(options));
            }

            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = string.IsNullOrWhiteSpace(options.Region) ? DefaultSigningRegion : options.Region;
            config.ForcePathStyle = options.ForcePathStyle ?? true;
            // S3-compatible stores often reject the newer default integrity checksums.
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(options.Region))
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
            }

            config.ForcePathStyle = options.ForcePathStyle ?? false;
        }

        return string.IsNullOrEmpty(options.AccessKeyId)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), config);
    }
}
