namespace Judge.Api.Tests.Report;

/// <summary>The route and browser tests share one live host and its executions.</summary>
[CollectionDefinition(Name)]
public sealed class ReportHostCollection : ICollectionFixture<ReportHostFixture>
{
    public const string Name = "report host";
}
