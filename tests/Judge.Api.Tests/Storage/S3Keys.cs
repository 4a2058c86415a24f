using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Judge.Api.Tests.Storage;

/// <summary>Reads a bucket with the plain S3 client, to see what a store really wrote.</summary>
internal static class S3Keys
{
    public static async Task<IReadOnlyList<string>> AllAsync(IAmazonS3 s3, string bucket)
    {
        var keys = new List<string>();
        string? token = null;
        for (var page = 0; page < 100; page++)
        {
            ListObjectsV2Response response;
            try
            {
                response = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, ContinuationToken = token });
            }
            catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                return keys;
            }

            keys.AddRange((response.S3Objects ?? []).Select(s3Object => s3Object.Key));
            if (response.IsTruncated != true)
            {
                return keys;
            }

            token = response.NextContinuationToken;
        }

        throw new InvalidOperationException($"Bucket {bucket} listing did not end within 100 pages.");
    }
}
