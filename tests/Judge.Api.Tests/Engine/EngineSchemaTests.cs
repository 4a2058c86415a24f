using Judge.Api.Engine;

namespace Judge.Api.Tests.Engine;

/// <summary>The one job-store script, filled in for each database (the engines built on it are tested end to end elsewhere).</summary>
public sealed class EngineSchemaTests
{
    [Fact]
    public void Each_database_gets_every_statement_with_its_own_types()
    {
        var postgres = EngineSchema.Script(EngineOptions.Postgres);
        var sqlite = EngineSchema.Script(EngineOptions.Sqlite);

        Assert.Equal(postgres.Count, sqlite.Count);
        Assert.True(postgres.Count >= 11, $"{postgres.Count} statements");
        Assert.All(postgres.Concat(sqlite), statement => Assert.DoesNotContain("{", statement));
        Assert.Contains(postgres, s => s.StartsWith("create table if not exists qrtz_job_details", StringComparison.Ordinal)
                                       && s.Contains("is_durable bool not null") && s.Contains("job_data bytea"));
        Assert.Contains(postgres, s => s.Contains("preferred_node_auto bool not null default false"));
        Assert.Contains(sqlite, s => s.StartsWith("CREATE TABLE IF NOT EXISTS QRTZ_JOB_DETAILS", StringComparison.Ordinal)
                                     && s.Contains("IS_DURABLE BIT NOT NULL") && s.Contains("JOB_DATA BLOB"));
        Assert.Contains(sqlite, s => s.Contains("PREFERRED_NODE_AUTO BIT NOT NULL DEFAULT 0"));
    }

    [Fact]
    public void An_unknown_database_has_no_script()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EngineSchema.Script("oracle"));
        Assert.Contains("'oracle'", error.Message);
    }
}
