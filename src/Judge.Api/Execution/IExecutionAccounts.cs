using Judge.Api.Storage;
using Judge.MetricSources;

namespace Judge.Api.Execution;

/// <summary>What the engine needs of the configured accounts, by the concrete names an execution recorded.</summary>
public interface IExecutionAccounts
{
    IReadOnlyList<string> ObjectStoreAccountNames { get; }

    /// <exception cref="UnknownAccountException">no object-store account has that name.</exception>
    IObjectStore ObjectStore(string accountName);

    /// <exception cref="UnknownAccountException">no metrics account has that name.</exception>
    IMetricSource MetricSource(string accountName);
}

public sealed class UnknownAccountException(string accountName) : Exception($"Unable to resolve account {accountName}.");
