using System.Text.Json;

namespace Judge.MetricSources;

/// <summary>
/// What <see cref="ProviderCall"/> needs to know about one provider account to describe its failures safely.
/// </summary>
/// <param name="Provider">The provider's name as messages say it, e.g. "Cloud Monitoring".</param>
/// <param name="Secrets">The account's secrets; none of them may appear in a message.</param>
/// <param name="MaxQuotedLength">How much text from the provider or the network stack one message quotes.</param>
/// <param name="ExplainErrorBody">The provider's own explanation in a non-2xx body, or null when the body holds none;
/// it may throw <see cref="JsonException"/>, which counts as "no explanation".</param>
/// <param name="DescribeOwnException">A provider's own, known-safe exception type raised inside its HTTP pipeline, or null.</param>
internal sealed record ProviderFailureRules(
    string Provider,
    IReadOnlyList<string> Secrets,
    int MaxQuotedLength,
    Func<string, string?> ExplainErrorBody,
    Func<Exception, string?>? DescribeOwnException = null)
{
    /// <summary>Text the provider or the network stack supplied, fit to quote: secrets masked first, then shortened
    /// (shortening first could leave a secret's prefix behind).</summary>
    public string Quote(string text)
    {
        text = Mask(text);
        return text.Length <= MaxQuotedLength ? text : text[..MaxQuotedLength] + "…";
    }

    public string Mask(string text)
    {
        foreach (var secret in Secrets)
            if (!string.IsNullOrEmpty(secret))
                text = text.Replace(secret, "***", StringComparison.Ordinal);
        return text;
    }

    /// <summary>A non-2xx body as a message quotes it: the provider's explanation when it gives one, else the body itself.</summary>
    public string DescribeErrorBody(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
            return "(no body)";
        string? explanation;
        try
        {
            explanation = ExplainErrorBody(content);
        }
        catch (JsonException)
        {
            explanation = null;
        }
        return Quote(explanation ?? content);
    }
}
